import { randomUUID } from 'node:crypto';
import type { InboundEvent } from '@parley/connector-sdk';
import { templateWorkflowId, type TemplatePlatformEvent } from '@parley/workflows';
import type { AccountRef } from '../channels/channel-directory.service.js';
import type { Sql } from '../infrastructure/database/database.js';
import { enqueue } from '../outbox/enqueue.js';
import type { TemplateOutboxPayload } from '../outbox/outbox-payload.js';
import { importedTemplateRow } from '../templates/template-import.js';

type TemplateEvent = Extract<InboundEvent, { kind: 'template_status' | 'template_category' }>;

/** A template webhook as the event its lifecycle workflow takes. */
export function platformEventOf(event: TemplateEvent): TemplatePlatformEvent {
  return event.kind === 'template_status'
    ? {
        eventKey: event.eventId,
        kind: 'status',
        status: event.event,
        reason: event.reason,
        source: 'webhook',
        occurredAt: event.occurredAt,
      }
    : {
        eventKey: event.eventId,
        kind: 'category',
        category: event.newCategory.toUpperCase(),
        ...(event.previousCategory ? { previousCategory: event.previousCategory.toUpperCase() } : {}),
        phase: event.phase,
        source: 'webhook',
        occurredAt: event.occurredAt,
      };
}

/**
 * Routes a template webhook to the template's lifecycle workflow through the outbox (in the
 * intake's transaction, so it is never lost). A template Parley has not seen yet — created outside
 * Parley since the last sync — is stored first; its workflow reads the rest from WhatsApp.
 * Returns whether an outbox row was written.
 */
export async function routeTemplateEvent(
  sql: Sql,
  account: AccountRef,
  event: TemplateEvent,
  now: Date,
): Promise<boolean> {
  const wabaId = account.parentAccountId;
  if (!wabaId) return false;
  const language = event.language ?? 'en_US';
  const known = await sql
    .selectFrom('MessageTemplate')
    .select(['id', 'status', 'platformTemplateId'])
    .where('organisation', '=', account.organisationId)
    .where('wabaId', '=', wabaId)
    .where((where) =>
      where.or([
        where('platformTemplateId', '=', event.templateId),
        where.and([where('name', '=', event.templateName), where('language', '=', language)]),
      ]),
    )
    .executeTakeFirst();
  // A Parley template whose creation answer has not been stored yet: its submission records it.
  if (known && known.platformTemplateId !== event.templateId) return false;
  let template = known;
  if (!template) {
    template = { id: randomUUID(), status: 'PENDING', platformTemplateId: event.templateId };
    await sql
      .insertInto('MessageTemplate')
      .values(
        importedTemplateRow({
          id: template.id,
          organisationId: account.organisationId,
          wabaId,
          platformTemplateId: event.templateId,
          name: event.templateName,
          language,
          category: event.kind === 'template_category' ? event.newCategory : 'UTILITY',
          status: 'PENDING',
          statusReason: null,
          components: [],
          syncedAt: null,
          now,
        }),
      )
      .execute();
  }
  const payload: TemplateOutboxPayload = {
    workflow: 'template',
    templateId: template.id,
    wabaId,
    status: template.status,
    event: platformEventOf(event),
  };
  await enqueue(
    sql,
    { organisationId: account.organisationId, workflowId: templateWorkflowId(wabaId, template.id), payload },
    now,
  );
  return true;
}
