import { z } from 'zod';
import { baseNode } from '../common.schema.js';

export const triggerMatchSchema = z.discriminatedUnion('kind', [
  /** The first message of a new conversation. */
  z.object({ kind: z.literal('new_conversation') }),
  /** A message whose text contains (or is) one of the keywords, NFKC-normalised and case-folded. */
  z.object({
    kind: z.literal('keyword'),
    keywords: z.array(z.string().trim().min(1).max(100)).min(1).max(50),
    mode: z.enum(['contains', 'exact']),
  }),
  z.object({
    kind: z.literal('regex'),
    pattern: z.string().min(1).max(500),
    caseInsensitive: z.boolean().default(true),
  }),
  /** A tap on a quick-reply button (a template's, or another flow's) with one of these payloads. */
  z.object({
    kind: z.literal('quick_reply_payload'),
    payloads: z.array(z.string().min(1).max(256)).min(1).max(50),
  }),
  z.object({ kind: z.literal('any_message') }),
]);
export type TriggerMatch = z.infer<typeof triggerMatchSchema>;

/** Where a flow starts: what starts it, and its priority when several flows match (higher first). */
export const triggerNodeSchema = z.object({
  ...baseNode,
  type: z.literal('trigger'),
  match: triggerMatchSchema,
  priority: z.number().int().min(0).max(100).default(0),
});
export type TriggerNode = z.infer<typeof triggerNodeSchema>;
