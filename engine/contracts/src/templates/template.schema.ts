import { z } from 'zod';
import { isoDateTime, listSchema, personRefSchema } from '../common.schema.js';
import {
  templateCategorySchema,
  templateContentShape,
  templateLanguageSchema,
} from './template-definition.schema.js';

/** What WhatsApp says of a template, plus Parley's own SUBMITTING before WhatsApp has it. */
export const templateStatuses = [
  'SUBMITTING',
  'PENDING',
  'APPROVED',
  'REJECTED',
  'PAUSED',
  'DISABLED',
  'FLAGGED',
  'IN_APPEAL',
  'REINSTATED',
  'PENDING_DELETION',
  'DELETED',
  'ARCHIVED',
  'LIMIT_EXCEEDED',
] as const;
export const templateStatusSchema = z.enum(templateStatuses);
export type TemplateStatus = z.infer<typeof templateStatusSchema>;

/** Statuses a template can be sent in (a FLAGGED one still sends while WhatsApp watches its quality). */
export const sendableTemplateStatuses: readonly TemplateStatus[] = ['APPROVED', 'FLAGGED'];
export const templateGroupSchema = z.object({
  id: z.uuid(),
  name: z.string(),
  templateCount: z.number().int(),
});
export type TemplateGroup = z.infer<typeof templateGroupSchema>;
export const templateGroupListSchema = listSchema(templateGroupSchema);
export const templateGroupInputSchema = z.object({ name: z.string().trim().min(1).max(60) });

export const editAllowanceSchema = z.discriminatedUnion('allowed', [
  z.object({ allowed: z.literal(true) }),
  z.object({
    allowed: z.literal(false),
    reason: z.enum(['STATUS', 'DAILY_LIMIT', 'MONTHLY_LIMIT', 'NOT_EDITABLE_IN_PARLEY']),
    allowedFrom: isoDateTime.nullable(),
  }),
]);

export const templateSchema = z.object({
  id: z.uuid(),
  /** The WhatsApp Business Account it belongs to; its numbers' conversations may use it. */
  wabaId: z.string(),
  /** WhatsApp's id, once WhatsApp has it. */
  platformTemplateId: z.string().nullable(),
  name: z.string(),
  language: templateLanguageSchema.or(z.string()),
  status: templateStatusSchema,
  /** WhatsApp's reason for a rejection, pause or disabling (`INCORRECT_CATEGORY`, …). */
  statusReason: z.string().nullable(),
  /** Set when WhatsApp moved the template to another category. */
  previousCategory: templateCategorySchema.nullable(),
  /** A category WhatsApp announced it will apply (`template_category_update`). */
  upcomingCategory: templateCategorySchema.nullable(),
  /** Parley's switch: a disabled template is refused everywhere until enabled again. */
  enabled: z.boolean(),
  group: z.object({ id: z.uuid(), name: z.string() }).nullable(),
  /** Created in Parley, or found on WhatsApp (created elsewhere). */
  origin: z.enum(['parley', 'imported']),
  /** Null for an imported template Parley cannot represent (e.g. a location header). */
  content: z.object(templateContentShape).nullable(),
  /** The header file, when the header is media. */
  headerFile: z
    .object({ id: z.uuid(), filename: z.string(), mimeType: z.string(), url: z.string() })
    .nullable(),
  edit: z.discriminatedUnion('allowed', editAllowanceSchema.options),
  /** When WhatsApp last gave this template's status (webhook or poll). */
  syncedAt: isoDateTime.nullable(),
  createdAt: isoDateTime,
  updatedAt: isoDateTime,
  createdBy: personRefSchema.nullable(),
});
export type Template = z.infer<typeof templateSchema>;
export const templateListSchema = listSchema(templateSchema);

export const templateEventKinds = [
  'submitted',
  'edited',
  'status',
  'category_announced',
  'category_changed',
  'enabled',
  'disabled',
  'unpause_requested',
  'imported',
  'submission_failed',
] as const;
export const templateEventSchema = z.object({
  id: z.uuid(),
  kind: z.enum(templateEventKinds),
  status: templateStatusSchema.nullable(),
  reason: z.string().nullable(),
  category: templateCategorySchema.nullable(),
  previousCategory: templateCategorySchema.nullable(),
  /** How Parley learnt of it: a webhook, polling WhatsApp, the hourly sync, or a person. */
  source: z.enum(['webhook', 'poll', 'sync', 'person']),
  actor: personRefSchema.nullable(),
  detail: z.string().nullable(),
  occurredAt: isoDateTime,
});
export type TemplateEvent = z.infer<typeof templateEventSchema>;

export const templateDetailSchema = templateSchema.extend({ timeline: z.array(templateEventSchema) });
export type TemplateDetail = z.infer<typeof templateDetailSchema>;

export const listTemplatesQuery = z.object({
  channelAccountId: z.uuid().optional(),
  status: templateStatusSchema.optional(),
  category: templateCategorySchema.optional(),
  language: z.string().min(2).max(16).optional(),
  groupId: z.uuid().optional(),
});

export const templateEnabledSchema = z.object({ enabled: z.boolean() });

export const templateSyncInputSchema = z.object({ channelAccountId: z.uuid().optional() });
export const templateSyncResultSchema = z.object({
  accounts: z.number().int(),
  imported: z.number().int(),
  updated: z.number().int(),
  failed: z.array(z.object({ wabaId: z.string(), error: z.string() })),
});
export type TemplateSyncResult = z.infer<typeof templateSyncResultSchema>;

/** A deleted approved template's name and language, held by WhatsApp for 30 days. */
export const templateDeletionSchema = z.object({ nameHeldUntil: isoDateTime.nullable() });

/** A value for each of a template's variables: the header's, the body's by name, the URL or copy-code buttons' by index. */
export const templateValuesSchema = z.object({
  header: z.string().max(1024).optional(),
  body: z.record(z.string(), z.string().max(1024)).default({}),
  buttons: z.record(z.string().regex(/^\d$/), z.string().max(2000)).default({}),
});

/** A template to send (`message` of `POST /api/conversations/:id/messages`) with its values. */
export const sendTemplateSchema = z.object({
  templateId: z.uuid(),
  parameters: templateValuesSchema
    .extend({
      /** Another library file for a media header (by default the template's own). */
      headerFileId: z.uuid().optional(),
    })
    .default({ body: {}, buttons: {} }),
});
export type SendTemplateInput = z.infer<typeof sendTemplateSchema>;

/** Templates a conversation may use now, and why the others may not. */
export const usableTemplatesSchema = listSchema(
  templateSchema.extend({
    /** Null when usable; else why not (`TEMPLATE_DISABLED`, `MARKETING_NOT_DELIVERED_US`, …). */
    unusableReason: z.string().nullable(),
  }),
);
