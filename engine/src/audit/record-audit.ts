import { randomUUID } from 'node:crypto';
import type { AuditAction } from '@parley/contracts';
import { type Actor, actorOf } from '../auth/caller.js';
import type { Sql } from '../infrastructure/database/database.js';

export interface AuditRecord {
  actor: Actor;
  action: AuditAction;
  target: { type: string; id: string | null; label?: string | null };
  /** The target's fields before and after the change; never a secret. */
  before?: Record<string, unknown> | null;
  after?: Record<string, unknown> | null;
}

/** Writes one audit log entry, in the transaction of the change it records. */
export async function recordAudit(sql: Sql, record: AuditRecord, at = new Date()): Promise<void> {
  const actor = actorOf(record.actor);
  await sql
    .insertInto('AuditEntry')
    .values({
      id: randomUUID(),
      organisation: record.actor.organisationId,
      actorType: actor.type,
      actorUser: actor.userId,
      actorLabel: actor.label,
      action: record.action,
      targetType: record.target.type,
      targetId: record.target.id,
      targetLabel: record.target.label ?? null,
      before: record.before ?? null,
      after: record.after ?? null,
      at,
    })
    .execute();
}
