import type { InboundEvent } from '@parley/connector-sdk';
import type { AccountRef } from '../channels/channel-directory.service.js';
import type { Sql } from '../infrastructure/database/database.js';

type TemplateEvent = Extract<InboundEvent, { kind: 'template_status' | 'template_category' }>;

/**
 * Keeps an imported template's status and category as WhatsApp reports them. (The approval
 * lifecycle — review, pauses, appeals — is the template-lifecycle workflow's; this only keeps the
 * imported copy true.)
 */
export async function applyTemplateEvent(sql: Sql, account: AccountRef, event: TemplateEvent, now: Date) {
  const update =
    event.kind === 'template_status'
      ? { status: event.event }
      : event.phase === 'changed'
        ? { category: event.newCategory.toUpperCase() }
        : undefined;
  if (!update || !account.parentAccountId) return;
  await sql
    .updateTable('MessageTemplate')
    .set({ ...update, updatedAt: now })
    .where('organisation', '=', account.organisationId)
    .where('wabaId', '=', account.parentAccountId)
    .where('platformTemplateId', '=', event.templateId)
    .execute();
}
