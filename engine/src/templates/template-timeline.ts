import { randomUUID } from 'node:crypto';
import type { TemplatePlatformEvent } from '@parley/workflows';
import type { Sql } from '../infrastructure/database/database.js';

export interface TimelineEntry {
  organisationId: string;
  templateId: string;
  kind: string;
  source: 'webhook' | 'poll' | 'sync' | 'person';
  status?: string | null;
  reason?: string | null;
  category?: string | null;
  previousCategory?: string | null;
  actorUserId?: string | null;
  detail?: string | null;
  eventKey?: string | null;
  occurredAt: Date;
}

/** Adds one entry to a template's timeline; false when an entry with this event key exists already. */
export async function addTimelineEntry(sql: Sql, entry: TimelineEntry): Promise<boolean> {
  const inserted = await sql
    .insertInto('TemplateEvent')
    .values({
      id: randomUUID(),
      organisation: entry.organisationId,
      template: entry.templateId,
      eventKey: entry.eventKey ?? null,
      kind: entry.kind,
      status: entry.status ?? null,
      reason: entry.reason ?? null,
      category: entry.category ?? null,
      previousCategory: entry.previousCategory ?? null,
      source: entry.source,
      actor: entry.actorUserId ?? null,
      detail: entry.detail ?? null,
      occurredAt: entry.occurredAt,
    })
    .onConflict((conflict) => conflict.column('eventKey').doNothing())
    .executeTakeFirst();
  return Number(inserted.numInsertedOrUpdatedRows ?? 0n) > 0;
}

/** Statuses whose reason WhatsApp gives and Parley keeps; others clear it. */
const withReason = new Set(['REJECTED', 'PAUSED', 'DISABLED', 'FLAGGED', 'LIMIT_EXCEEDED']);

/**
 * Applies what WhatsApp said to the stored template and its timeline, once per event key.
 * REINSTATED brings the template back to APPROVED (the timeline keeps the word WhatsApp used).
 * Returns the status after, or undefined when the event was seen before.
 */
export async function applyPlatformEvent(
  sql: Sql,
  template: {
    id: string;
    organisationId: string;
    status: string;
    category: string;
    content: Record<string, unknown> | null;
  },
  event: TemplatePlatformEvent,
  now: Date,
): Promise<string | undefined> {
  const added = await addTimelineEntry(sql, {
    organisationId: template.organisationId,
    templateId: template.id,
    kind: event.kind === 'status' ? 'status' : `category_${event.phase ?? 'changed'}`,
    source: event.source,
    status: event.status ?? null,
    reason: event.reason && event.reason !== 'NONE' ? event.reason : null,
    // upper case like the template's own columns: the timeline's DTO knows categories only so
    category: event.category?.toUpperCase() ?? null,
    previousCategory:
      event.previousCategory?.toUpperCase() ?? (event.kind === 'category' ? template.category : null),
    detail: event.detail ?? null,
    eventKey: event.eventKey,
    occurredAt: new Date(event.occurredAt),
  });
  if (!added) return undefined;
  const base = { syncedAt: now, updatedAt: now };
  if (event.kind === 'status' && event.status) {
    const status = event.status === 'REINSTATED' ? 'APPROVED' : event.status;
    await sql
      .updateTable('MessageTemplate')
      .set({
        ...base,
        status,
        statusReason: withReason.has(status) && event.reason && event.reason !== 'NONE' ? event.reason : null,
      })
      .where('id', '=', template.id)
      .execute();
    return status;
  }
  if (event.kind === 'category' && event.category) {
    const category = event.category.toUpperCase();
    const change =
      event.phase === 'announced'
        ? { upcomingCategory: category }
        : {
            category,
            previousCategory: (event.previousCategory ?? template.category).toUpperCase(),
            upcomingCategory: null,
            // what the admin wrote follows the category WhatsApp applied
            ...(template.content ? { content: { ...template.content, category } } : {}),
          };
    await sql
      .updateTable('MessageTemplate')
      .set({ ...base, ...change })
      .where('id', '=', template.id)
      .execute();
  }
  return template.status;
}
