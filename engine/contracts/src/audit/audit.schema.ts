import { z } from 'zod';
import { isoDateTime, pageQuerySchema } from '../common.schema.js';

/** Every admin action the audit log records. */
export const auditActions = [
  'organisation.created',
  'organisation.renamed',
  'organisation.plan_changed',
  'invitation.created',
  'invitation.resent',
  'invitation.revoked',
  'user.joined',
  'user.role_changed',
  'user.deactivated',
  'user.reactivated',
  'user.unlocked',
  'user.password_reset_link_created',
  'user.signed_out_everywhere',
  'api_token.created',
  'api_token.revoked',
  'channel_account.connected',
  'channel_account.renamed',
  'channel_account.enabled',
  'channel_account.disabled',
  'channel_account.disconnected',
  'channel_account.automatic_replies_updated',
  'dead_letter.replayed',
  'template.created',
  'template.edited',
  'template.deleted',
  'template.enabled',
  'template.disabled',
  'credits.settings_updated',
  'credits.purchase_created',
  'credits.purchase_granted',
  'credits.adjusted',
  'team.created',
  'team.updated',
  'team.deleted',
  'routing_rules.updated',
  'flow.created',
  'flow.imported',
  'flow.published',
  'flow.rolled_back',
  'flow.activation_updated',
  'flow.deleted',
  'flow_settings.hosts_updated',
  'flow_settings.secret_set',
  'flow_settings.secret_deleted',
] as const;
export const auditActionSchema = z.enum(auditActions);
export type AuditAction = z.infer<typeof auditActionSchema>;

export const auditEntrySchema = z.object({
  id: z.uuid(),
  at: isoDateTime,
  /** A person, the operator command line, or Parley itself. */
  actor: z.object({
    type: z.enum(['user', 'operator', 'system']),
    id: z.uuid().nullable(),
    label: z.string(),
  }),
  /** One of `auditActions`; an action recorded by a newer Parley (after a rollback) comes as it was written. */
  action: z.union([auditActionSchema, z.string().min(1)]),
  target: z.object({ type: z.string(), id: z.string().nullable(), label: z.string().nullable() }),
  /** The target's fields before and after, secrets never included. */
  before: z.record(z.string(), z.unknown()).nullable(),
  after: z.record(z.string(), z.unknown()).nullable(),
});
export type AuditEntry = z.infer<typeof auditEntrySchema>;

export const listAuditQuery = pageQuerySchema(50, 200);
