import type { Permission } from '@parley/contracts';

/** Where each permission's label and description live in the dictionaries (i18next reads `:` as a namespace). */
export const scopeKeys = {
  'inbox:read': 'inbox_read',
  'messages:send': 'messages_send',
  'templates:read': 'templates_read',
  'templates:manage': 'templates_manage',
  'channels:read': 'channels_read',
  'channels:manage': 'channels_manage',
  'users:manage': 'users_manage',
  'organisation:manage': 'organisation_manage',
  'audit:read': 'audit_read',
  'webhooks:manage': 'webhooks_manage',
  'credits:read': 'credits_read',
  'credits:manage': 'credits_manage',
  'tokens:manage': 'tokens_manage',
  'routing:manage': 'routing_manage',
  'flows:read': 'flows_read',
  'flows:manage': 'flows_manage',
} as const satisfies Record<Permission, string>;

/** The expiry choices: days, or null for a token that does not expire. */
export const expiryChoices = [30, 90, 365, null] as const;
