/** The frame around every page: navigation, user menu, live connection, health, whole-page states. */
export const shell = {
  skipToContent: 'Skip to content',
  mainNav: 'Main',
  nav: {
    inbox: 'Inbox',
    templates: 'Templates',
    integrations: 'Integrations',
    people: 'People',
    teams: 'Teams',
    routing: 'Routing rules',
    organisation: 'Organisation',
    apiTokens: 'API tokens',
    auditLog: 'Audit log',
    webhookDeliveries: 'Webhook deliveries',
    credits: 'Credits',
    cannedReplies: 'Canned replies',
    businessHours: 'Business hours',
    flows: 'Flows',
    flowSettings: 'Flow settings',
  },
  userMenu: '(user menu)',
  signedInAs: 'Signed in as',
  account: 'Account',
  signOut: 'Sign out',
  signOutFailed: 'Couldn’t sign out. Try again.',
  loadingApp: 'Loading Parley…',
  adminOnly: {
    title: 'Admins only',
    body: 'Only admins of {{organisation}} can open this page. Ask one of them if you need something here.',
    back: 'Go to the inbox',
  },
  notFound: {
    title: 'Page not found',
    body: 'The address may be mistyped, or the page has moved.',
    home: 'Go to Parley',
  },
  pageError: {
    title: 'This page couldn’t be shown',
  },
} as const;

export const roles = {
  admin: 'Admin',
  agent: 'Agent',
} as const;

export const stream = {
  connecting: 'Connecting…',
  live: 'Live',
  reconnecting: 'Reconnecting…',
  liveHint: 'New messages appear as they arrive.',
  reconnectingHint: 'The live connection dropped. Updates resume when it is back.',
} as const;

export const health = {
  temporalDown:
    'The workflow engine (Temporal) is unreachable. Incoming messages are still saved, but automated replies and routing wait until it is back.',
  databaseDown: 'The database is unreachable. The inbox may be out of date.',
  unreachable: 'Cannot reach the Parley server. Retrying…',
} as const;
