/** The Connect WhatsApp wizard (Embedded Signup) and the popup's callback page. */
export const whatsapp = {
  button: 'Connect WhatsApp',
  title: 'Connect WhatsApp',
  stepsLabel: 'Steps',
  steps: {
    start: 'Continue with Facebook',
    choose: 'Choose the number',
    done: 'Done',
  },
  start: {
    intro:
      'Sign in with Facebook in the window that opens, choose or create your WhatsApp Business Account and the number to use, then come back here.',
    submit: 'Continue with Facebook',
    starting: 'Opening the Facebook window…',
    waiting: 'Finish the steps in the Facebook window. This page continues by itself when you’re done.',
    wabaChosen: 'WhatsApp Business Account chosen. Waiting for Facebook to finish…',
    reopen: 'Open the Facebook window again',
    blocked: 'Your browser blocked the Facebook window. Allow pop-ups for this site, or open it yourself:',
    openWindow: 'Open the Facebook window',
    cancelled: 'You closed the Facebook window at the “{{step}}” step. Nothing was connected.',
    cancelledNoStep: 'You closed the Facebook window before finishing. Nothing was connected.',
    dialogError: 'The Facebook window reported a problem: {{message}}',
    dialogErrorNoMessage: 'The Facebook window reported a problem.',
    denied: 'Facebook didn’t give Parley access: {{message}}',
    stateMismatch:
      'The answer from Facebook didn’t belong to this connection attempt, so it was ignored. Start again.',
    exchanging: 'Reading your WhatsApp Business Account…',
    again: 'Start again',
  },
  choose: {
    intro: 'Numbers of {{waba}}',
    introNoName: 'Numbers of the WhatsApp Business Account you chose',
    numbers: 'Phone number',
    quality: 'Quality: {{rating}}',
    qualityRating: {
      GREEN: 'high',
      YELLOW: 'medium',
      RED: 'low',
      UNKNOWN: 'unknown',
    },
    connectedHere: 'Already connected to Parley',
    connectedElsewhere: 'Connected to another organisation',
    noneFree: 'Every number of this account is already connected.',
    pin: 'Two-step verification PIN',
    pinHint:
      'The 6-digit PIN that protects this number on WhatsApp. If the number has none yet, the PIN you enter here becomes its PIN. You can see or reset it in WhatsApp Manager under Phone numbers → Two-step verification.',
    pinInvalid: 'Enter the 6 digits of the PIN.',
    pinMismatch:
      'This isn’t the number’s PIN. Check it in WhatsApp Manager (Phone numbers → Two-step verification).',
    registrationLocked: 'Too many tries: Meta locks this number’s registration for 72 hours.',
    name: 'Name in Parley',
    nameHint: 'Optional. Defaults to the number’s verified name.',
    submit: 'Connect number',
    submitting: 'Connecting…',
    chooseOne: 'Choose a number.',
  },
  callback: {
    title: 'Connecting WhatsApp',
    sent: 'Done. You can close this window and continue in Parley.',
    noOpener:
      'This window wasn’t opened by Parley, so it can’t pass the answer on. Go back to Parley and start again.',
  },
} as const;
