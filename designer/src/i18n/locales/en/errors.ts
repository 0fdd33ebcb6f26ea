/** What an API error code means, for people. Codes not listed fall back to `unknown`. */
export const errors = {
  unknown: 'Something went wrong.',
  server: 'The Parley server had a problem. Try again in a moment.',
  detail: 'Details from the server: {{detail}}',
  NETWORK: 'Can’t reach the Parley server. Check your connection and try again.',
  BAD_RESPONSE: 'The Parley server answered in a way this page doesn’t understand. Reload the page.',
  UNAUTHENTICATED: 'Your session has ended. Sign in again.',
  FORBIDDEN: 'You don’t have permission to do this.',
  CSRF_TOKEN_INVALID: 'Your session changed in another tab. Reload the page and try again.',
  SESSION_REQUIRED: 'This can only be done when signed in to the web app.',
  NOT_FOUND: 'It no longer exists, or the link is wrong.',
  INVALID_INPUT: 'Some of the details aren’t valid.',
  INVALID_CREDENTIALS: 'The email address or password is wrong.',
  SIGN_IN_LOCKED: 'Signing in with this address is locked after too many wrong passwords.',
  TOO_MANY_ATTEMPTS: 'Too many failed sign-ins from your network. Wait a few minutes and try again.',
  EMAIL_TAKEN: 'Someone already has an account with this email address.',
  ALREADY_INVITED: 'This address already has a pending invitation. Resend it from the list instead.',
  INVITATION_NOT_FOUND: 'This invitation link isn’t valid. It may have expired or been revoked.',
  INVITATION_CLOSED: 'This invitation was already accepted or revoked.',
  RESET_LINK_INVALID: 'This reset link isn’t valid any more. Ask for a new one.',
  ALREADY_SET_UP: 'Parley is already set up. Sign in instead.',
  LAST_ADMIN: 'The organisation needs at least one active admin.',
  USER_DEACTIVATED: 'This person is deactivated.',
  PLAN_REQUIRED: 'Your organisation’s plan doesn’t include this.',
  PLAN_LIMIT_REACHED: 'Your organisation’s plan limit is reached.',
  CHANNEL_NOT_CONFIGURED:
    'This channel isn’t set up on the server yet. Ask whoever runs Parley to configure it.',
  PLATFORM_REFUSED: 'The platform refused the request.',
  PLATFORM_UNAVAILABLE: 'The platform can’t be reached right now. Try again in a moment.',
  PLATFORM_INVALID_RESPONSE:
    'The platform answered in a way Parley can’t read. Check on the platform whether it took effect before trying again.',
  SIGNUP_USED: 'This signup was already used. Start again.',
  SIGNUP_EXPIRED: 'This signup expired. Start again.',
  SIGNUP_NOT_READY: 'Finish the Facebook window first.',
  CONNECTED_ELSEWHERE:
    'This account belongs to another organisation on this Parley, which keeps it with its conversations even after disconnecting it. Ask whoever runs Parley.',
  ALREADY_CONNECTED: 'This account is already connected.',
  DISCONNECTED: 'This account is disconnected.',
  STILL_UNREADABLE: 'Parley still can’t read this delivery.',
  ALREADY_REPLAYED: 'This delivery was already replayed.',
  ACCOUNT_NOT_SERVED:
    'Some of this delivery’s events are for an account that isn’t connected now. Reconnect it, then replay.',
  CONFLICT: 'Someone changed this at the same moment. Try again.',
  TEMPLATE_EXISTS: 'This WhatsApp Business Account already has a template with this name in this language.',
  NAME_HELD:
    'WhatsApp keeps the name of a deleted template for 30 days, so it can’t be used again in this language yet.',
  EDIT_NOT_ALLOWED: 'This template can’t be edited now.',
  CATEGORY_LOCKED: 'An approved template keeps its category.',
  NOT_PAUSED: 'This template isn’t paused.',
  GROUP_EXISTS: 'A group with this name already exists.',
  UNSUPPORTED_MEDIA_TYPE: 'This kind of file can’t be used here.',
  FILE_TOO_LARGE: 'This file is too large.',
  TEMPLATE_DISABLED: 'This template is turned off in Parley. An admin can turn it on in Templates.',
  TEMPLATE_NOT_APPROVED: 'WhatsApp hasn’t approved this template, so it can’t be sent.',
  TEMPLATE_NOT_SUPPORTED:
    'This template was created outside Parley and uses parts Parley can’t fill in, so it can’t be sent from here.',
  MARKETING_NOT_DELIVERED_US:
    'WhatsApp doesn’t deliver marketing templates to numbers in the United States. Nothing was sent or charged.',
  TEMPLATE_OTHER_ACCOUNT:
    'This template belongs to another WhatsApp Business Account than this conversation.',
  CHANNEL_ACCOUNT_OFF:
    'Parley is turned off for this conversation’s account, or the account is disconnected, so nothing can be sent from it.',
  WINDOW_CLOSED:
    'The 24-hour customer service window has ended: only templates can be sent until the customer writes again.',
  NO_FALLBACK_TEMPLATE:
    'This account has no fallback template to send now, so the message can’t be held for the customer’s answer. Send a template instead.',
  CONTENT_OVER_LIMITS: 'The message is over what this channel allows.',
  TEMPORAL_UNAVAILABLE: 'Parley can’t send messages right now. Try again in a moment.',
  INSUFFICIENT_CREDITS:
    'Not enough credits: this message needs {{price, number}} and the balance is {{balance, number}}. An admin can buy credits in Settings → Credits.',
  CREDITS_OUT_OF_RANGE: 'Credits can’t be bought in this amount.',
  CURRENCY_NOT_SOLD: 'Credits aren’t sold in this currency.',
} as const;

/** Messages for form fields that fail validation in the browser, by zod issue code. */
export const forms = {
  required: 'This is required.',
  tooLong: 'This is too long.',
  invalid: 'This isn’t valid.',
  email: 'Enter a valid email address.',
  passwordTooShort: 'Use at least 12 characters.',
  passwordHint: 'At least 12 characters. A long passphrase is best.',
  characters: '{{count}} / {{max}} characters',
} as const;
