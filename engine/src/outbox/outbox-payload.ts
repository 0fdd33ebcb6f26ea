import { z } from 'zod';

/**
 * What an outbox row carries to Temporal, by the workflow it is for. Rows written before templates
 * had their workflow carry a conversation's inbound-message signal without `workflow`. (Not
 * `kind`: Kysely would take a JSON value with a top-level `kind` for one of its query nodes.)
 */
const conversationEntry = z.object({
  workflow: z.literal('conversation').default('conversation'),
  messageId: z.string(),
  conversationId: z.string(),
  occurredAt: z.string(),
  referral: z.boolean().optional(),
  /** The channel's windows, should the workflow have to start (rows written before lack it: 24 hours). */
  policy: z.object({ serviceMs: z.number().nullable(), entryPointMs: z.number() }).optional(),
  /** An assignment's first-response deadline: the workflow's SLA timer (docs/routing.md). */
  sla: z.object({ deadline: z.string(), assignedAt: z.string(), userId: z.string() }).optional(),
  /** A flow run to start on this message (docs/flows.md). */
  flow: z.object({ runId: z.string() }).optional(),
  /** The message's content, for the flow running on the conversation. */
  reply: z
    .object({ type: z.string(), text: z.string().nullable(), payload: z.string().nullable() })
    .optional(),
});
const templateEntry = z.object({
  workflow: z.literal('template'),
  templateId: z.string(),
  wabaId: z.string(),
  /** The template's stored status, should the workflow have to start. */
  status: z.string(),
  event: z.object({
    eventKey: z.string(),
    kind: z.enum(['status', 'category']),
    status: z.string().optional(),
    reason: z.string().nullable().optional(),
    category: z.string().optional(),
    previousCategory: z.string().optional(),
    phase: z.enum(['announced', 'changed']).optional(),
    source: z.enum(['webhook', 'poll', 'sync']),
    occurredAt: z.string(),
    detail: z.string().nullable().optional(),
  }),
});
export const outboxPayloadSchema = z.union([templateEntry, conversationEntry]);
export type OutboxPayload = z.infer<typeof outboxPayloadSchema>;
export type TemplateOutboxPayload = z.infer<typeof templateEntry>;
