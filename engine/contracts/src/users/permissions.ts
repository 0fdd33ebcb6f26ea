import { z } from 'zod';

export const roles = ['admin', 'agent'] as const;
export const roleSchema = z.enum(roles);
export type Role = z.infer<typeof roleSchema>;

/**
 * What a request may do. A person's permissions come from their role; an API token carries a
 * subset of its owner's as scopes.
 */
export const permissions = [
  /** Conversations, messages, media and the live event stream. */
  'inbox:read',
  /** Replying in conversations: messages, templates, read receipts and typing; uploading files to send. */
  'messages:send',
  /** Message templates and their groups, and the file library. */
  'templates:read',
  /** Creating, editing, deleting, switching and syncing templates. */
  'templates:manage',
  /** The channel accounts, without their credentials. */
  'channels:read',
  /** Connecting, renaming, turning on and off, disconnecting channel accounts. */
  'channels:manage',
  /** People and invitations. */
  'users:manage',
  /** The organisation's name. */
  'organisation:manage',
  /** The audit log. */
  'audit:read',
  /** Webhook deliveries Parley could not read, and replaying them. */
  'webhooks:manage',
  /** The balance and what a message costs (the composer shows it). */
  'credits:read',
  /** Buying credits, the ledger and its export, usage, the low-balance threshold and currency. */
  'credits:manage',
  /** Everyone's API tokens (each person always manages their own). */
  'tokens:manage',
  /** Teams, routing rules, and moving any agent's conversations (each agent moves their own). */
  'routing:manage',
  /** Flows, their versions, analytics and test runs, and the HTTP request nodes' settings (secret names only). */
  'flows:read',
  /** Creating, editing, publishing, activating and deleting flows; test runs; hosts and secrets for HTTP requests. */
  'flows:manage',
] as const;
export const permissionSchema = z.enum(permissions);
export type Permission = z.infer<typeof permissionSchema>;

export const rolePermissions: Record<Role, readonly Permission[]> = {
  admin: permissions,
  agent: ['inbox:read', 'messages:send', 'templates:read', 'channels:read', 'credits:read'],
};
