/** Settings → Organisation: its name and its plan. */
export const organisation = {
  title: 'Organisation',
  nameHeading: 'Name',
  name: 'Organisation name',
  nameHint: 'Invitations, mails and the header show it.',
  submit: 'Save name',
  saved: 'Saved.',
  plan: {
    heading: 'Plan',
    name: 'Plan',
    whatsapp: 'WhatsApp Business numbers',
    telegram: 'Telegram bots',
    included: 'Included',
    notIncluded: 'Not included',
    users: 'People (with pending invitations), at most',
    channelAccounts: 'Connected channel accounts, at most',
    change: 'Whoever runs this Parley installation changes the plan (npm run parley -- set-plan).',
  },
} as const;
