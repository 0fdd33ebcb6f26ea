import {
  editAllowance,
  templateCategorySchema,
  templateContentShape,
  templateEventSchema,
  templateStatusSchema,
  type Template,
  type TemplateEvent,
} from '@parley/contracts';
import { z } from 'zod';
import { fileUrl } from '../files/library-files.service.js';
import type { TemplateEvent as TemplateEventRow } from '../infrastructure/database/entities.js';
import { iso, isoOrNull } from '../infrastructure/database/timestamps.js';
import type { TemplateRow } from './template-rows.js';

const contentSchema = z.object(templateContentShape);
const category = (value: string | null | undefined) => templateCategorySchema.safeParse(value).data ?? null;
/** WhatsApp may report statuses Parley does not list; they show as the nearest it knows. */
const status = (value: string) => templateStatusSchema.safeParse(value).data ?? 'PENDING';

export function toTemplateDto(row: TemplateRow, now = new Date()): Template {
  const content = row.content ? (contentSchema.safeParse(row.content).data ?? null) : null;
  return {
    id: row.id,
    wabaId: row.wabaId,
    platformTemplateId: row.platformTemplateId ?? null,
    name: row.name,
    language: row.language,
    status: status(row.status),
    statusReason: row.statusReason ?? null,
    previousCategory: category(row.previousCategory),
    upcomingCategory: category(row.upcomingCategory),
    enabled: Boolean(row.enabled),
    group: row.group && row.groupName ? { id: row.group, name: row.groupName } : null,
    origin: row.origin === 'parley' ? 'parley' : 'imported',
    content,
    headerFile:
      row.headerFile && row.headerFilename
        ? {
            id: row.headerFile,
            filename: row.headerFilename,
            mimeType: row.headerMimeType ?? 'application/octet-stream',
            url: fileUrl(row.headerFile),
          }
        : null,
    edit: editAllowance(
      {
        status: row.status,
        approvedEdits: row.approvedEdits,
        editable: content !== null && !row.pendingSubmission,
      },
      now,
    ),
    syncedAt: isoOrNull(row.syncedAt),
    createdAt: iso(row.importedAt),
    updatedAt: iso(row.updatedAt),
    createdBy: row.createdBy && row.createdByName ? { id: row.createdBy, name: row.createdByName } : null,
  };
}

type EventRow = Omit<TemplateEventRow, 'organisation' | 'template' | 'actor'> & {
  actor: string | null;
  actorName: string | null;
};

export function toTemplateEventDto(row: EventRow): TemplateEvent {
  return templateEventSchema.parse({
    id: row.id,
    kind: row.kind,
    status: row.status ? status(row.status) : null,
    reason: row.reason ?? null,
    category: category(row.category),
    previousCategory: category(row.previousCategory),
    source: row.source,
    actor: row.actor && row.actorName ? { id: row.actor, name: row.actorName } : null,
    detail: row.detail ?? null,
    occurredAt: iso(row.occurredAt),
  });
}
