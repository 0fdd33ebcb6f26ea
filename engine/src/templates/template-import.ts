import { randomUUID } from 'node:crypto';
import type { TemplateInfo } from '@parley/connector-whatsapp';
import type { Sql } from '../infrastructure/database/database.js';
import { fromMetaComponents } from './meta-components.js';
import { addTimelineEntry } from './template-timeline.js';

/**
 * Imports a template found on WhatsApp (created outside Parley, or before the number was
 * connected) unless Parley has it already by WhatsApp's id or by name and language. Returns the
 * new template's id, or undefined when nothing was imported.
 */
export async function importTemplate(
  sql: Sql,
  organisationId: string,
  wabaId: string,
  template: TemplateInfo,
  now: Date,
): Promise<string | undefined> {
  const known = await sql
    .selectFrom('MessageTemplate')
    .select('id')
    .where('wabaId', '=', wabaId)
    .where((where) =>
      where.or([
        where('platformTemplateId', '=', template.id),
        where.and([where('name', '=', template.name), where('language', '=', template.language)]),
      ]),
    )
    .executeTakeFirst();
  if (known) return undefined;
  const id = randomUUID();
  await sql
    .insertInto('MessageTemplate')
    .values(
      importedTemplateRow({
        id,
        organisationId,
        wabaId,
        platformTemplateId: template.id,
        name: template.name,
        language: template.language,
        category: template.category,
        status: template.status,
        statusReason: template.rejectedReason ?? null,
        components: template.components,
        syncedAt: now,
        now,
      }),
    )
    .execute();
  await addTimelineEntry(sql, {
    organisationId,
    templateId: id,
    kind: 'imported',
    source: 'sync',
    status: template.status,
    occurredAt: now,
  });
  return id;
}

/** The row of a template WhatsApp has and Parley did not write: enabled, ungrouped, editable when Parley can read it. */
export function importedTemplateRow(template: {
  id: string;
  organisationId: string;
  wabaId: string;
  platformTemplateId: string;
  name: string;
  language: string;
  category: string;
  status: string;
  statusReason: string | null;
  components: Record<string, unknown>[];
  syncedAt: Date | null;
  now: Date;
}) {
  return {
    id: template.id,
    organisation: template.organisationId,
    wabaId: template.wabaId,
    platformTemplateId: template.platformTemplateId,
    name: template.name,
    language: template.language,
    category: template.category.toUpperCase(),
    status: template.status,
    statusReason: template.statusReason,
    previousCategory: null,
    upcomingCategory: null,
    components: template.components,
    content: fromMetaComponents(template.category, template.components) as Record<string, unknown> | null,
    pendingSubmission: null,
    origin: 'imported',
    enabled: true,
    group: null,
    headerFile: null,
    approvedEdits: [],
    syncedAt: template.syncedAt,
    createdBy: null,
    importedAt: template.now,
    updatedAt: template.now,
  };
}
