/** Settings → API tokens. */
export const tokens = {
  title: 'API tokens',
  intro:
    'Tokens let scripts and other systems use the Parley API on your behalf. A token can do only what its scopes allow, and never more than you can.',
  introAdmin: 'As an admin you also see everyone else’s tokens, and can revoke them.',
  loadFailed: 'Couldn’t load the API tokens.',
  create: {
    heading: 'Create a token',
    name: 'Name',
    nameHint: 'What will use it, e.g. “CRM sync”.',
    scopes: 'Scopes',
    scopesHint: 'Only what you can do yourself is offered.',
    chooseScope: 'Choose at least one scope.',
    expiry: 'Expires',
    days: 'In {{count}} days',
    year: 'In a year',
    never: 'Never',
    submit: 'Create token',
    submitting: 'Creating…',
  },
  created: {
    title: 'Your new token “{{name}}”',
    warning: 'Copy it now. Parley keeps only a fingerprint of it, so you won’t see it again.',
    label: 'New API token',
    copy: 'Copy token',
    done: 'I’ve copied it',
  },
  list: {
    heading: 'Tokens',
    empty: 'No tokens yet.',
    name: 'Name',
    prefix: 'Starts with',
    scopes: 'Scopes',
    owner: 'Owner',
    created: 'Created',
    lastUsed: 'Last used',
    expires: 'Expires',
    status: 'Status',
    actions: 'Actions',
    active: 'Active',
    revokedOn: 'Revoked {{date}}',
    expired: 'Expired',
  },
  revoke: {
    button: 'Revoke',
    title: 'Revoke “{{name}}”?',
    body: 'Anything using this token stops working at once. This can’t be undone.',
    confirm: 'Revoke token',
    done: '“{{name}}” is revoked.',
  },
  scope: {
    inbox_read: {
      label: 'Read the inbox',
      description: 'Conversations, messages, media and the live event stream.',
    },
    messages_send: {
      label: 'Send messages',
      description: 'Send into conversations, such as a message template.',
    },
    templates_read: {
      label: 'See message templates',
      description: 'Message templates, their groups and the file library.',
    },
    templates_manage: {
      label: 'Manage message templates',
      description: 'Create, edit, delete, turn on and off and sync message templates; upload files.',
    },
    channels_read: {
      label: 'See channel accounts',
      description: 'The connected WhatsApp numbers and Telegram bots, without their credentials.',
    },
    channels_manage: {
      label: 'Manage channel accounts',
      description: 'Connect, rename, turn on and off, and disconnect channel accounts.',
    },
    users_manage: { label: 'Manage people', description: 'People and invitations.' },
    organisation_manage: { label: 'Manage the organisation', description: 'The organisation’s name.' },
    audit_read: { label: 'Read the audit log', description: 'Who changed what, and when.' },
    webhooks_manage: {
      label: 'Manage webhook deliveries',
      description: 'Deliveries Parley couldn’t read, and replaying them.',
    },
    credits_read: {
      label: 'See the credit balance',
      description: 'The balance, and what sending a message costs.',
    },
    credits_manage: {
      label: 'Manage credits',
      description: 'Buy credits, read the ledger and usage, and set the low-balance warning and currency.',
    },
    tokens_manage: {
      label: 'Manage everyone’s API tokens',
      description: 'See and revoke the API tokens of everyone in the organisation.',
    },
    routing_manage: {
      label: 'Manage routing',
      description: 'Teams, routing rules, and moving any agent’s conversations.',
    },
    flows_read: {
      label: 'See flows',
      description: 'Flows, their versions, analytics and test runs, and the names of their secrets.',
    },
    flows_manage: {
      label: 'Manage flows',
      description:
        'Create, edit, publish, turn on and delete flows, run tests, and set the hosts and secrets of HTTP requests.',
    },
  },
} as const;
