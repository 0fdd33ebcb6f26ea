/** Settings → Audit log. `action` follows the contract's `auditActions`, nested at its dots. */
export const audit = {
  title: 'Audit log',
  intro: 'What admins, the operator and Parley changed in this organisation, newest first.',
  loadFailed: 'Couldn’t load the audit log.',
  empty: 'Nothing has been recorded yet.',
  loadMore: 'Load older entries',
  column: {
    at: 'When',
    actor: 'Who',
    action: 'What',
    target: 'Target',
    changes: 'Changes',
  },
  actor: {
    operator: 'Operator (command line)',
    system: 'Parley',
  },
  diff: {
    field: 'Field',
    before: 'Before',
    after: 'After',
    empty: '(empty)',
    changesOf: 'Changes to {{target}}',
  },
  action: {
    organisation: {
      created: 'Created the organisation',
      renamed: 'Renamed the organisation',
      plan_changed: 'Changed the plan',
    },
    invitation: {
      created: 'Invited someone',
      resent: 'Resent an invitation',
      revoked: 'Revoked an invitation',
    },
    user: {
      joined: 'Joined the organisation',
      role_changed: 'Changed someone’s role',
      deactivated: 'Deactivated someone',
      reactivated: 'Reactivated someone',
      unlocked: 'Unlocked someone’s sign-in',
      password_reset_link_created: 'Created a password reset link',
      signed_out_everywhere: 'Signed out everywhere',
    },
    api_token: {
      created: 'Created an API token',
      revoked: 'Revoked an API token',
    },
    channel_account: {
      connected: 'Connected a channel account',
      renamed: 'Renamed a channel account',
      enabled: 'Turned Parley on for a channel account',
      disabled: 'Turned Parley off for a channel account',
      disconnected: 'Disconnected a channel account',
      automatic_replies_updated: 'Changed a channel account’s automatic replies',
    },
    dead_letter: {
      replayed: 'Replayed a webhook delivery',
    },
    template: {
      created: 'Created a message template',
      edited: 'Edited a message template',
      deleted: 'Deleted a message template',
      enabled: 'Turned a message template on',
      disabled: 'Turned a message template off',
    },
    credits: {
      settings_updated: 'Changed the credit settings',
      purchase_created: 'Started a credit purchase',
      purchase_granted: 'Credits of a purchase granted',
      adjusted: 'Adjusted the credit balance',
    },
    team: {
      created: 'Created a team',
      updated: 'Changed a team',
      deleted: 'Deleted a team',
    },
    routing_rules: {
      updated: 'Changed the routing rules',
    },
    flow: {
      created: 'Created a flow',
      imported: 'Imported a flow',
      published: 'Published a flow',
      rolled_back: 'Rolled a flow back to an earlier version',
      activation_updated: 'Changed where a flow runs',
      deleted: 'Deleted a flow',
    },
    flow_settings: {
      hosts_updated: 'Changed the hosts flows may call',
      secret_set: 'Set a flow secret',
      secret_deleted: 'Deleted a flow secret',
    },
  },
} as const;
