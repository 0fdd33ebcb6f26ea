import { z } from 'zod';
import { isoDateTime } from '../common.schema.js';

export const cannedReplyTextLength = 4096;

/**
 * The variables a canned reply's text may hold, as `{{contact.name}}`; each renders to its value,
 * or to nothing when the conversation has none.
 */
export const cannedReplyVariables = [
  'contact.name',
  'contact.username',
  'contact.phone',
  'agent.name',
  'team.name',
] as const;

/** `POST /api/canned-replies`, `PUT /api/canned-replies/:id`. */
export const cannedReplyInputSchema = z.object({
  /** What the agent types after `/` in the composer: letters, digits, `-` and `_`. */
  shortcut: z
    .string()
    .trim()
    .min(1)
    .max(32)
    .regex(/^[\p{L}\p{N}_-]+$/u, 'letters, digits, - and _ only'),
  title: z.string().trim().min(1).max(120),
  text: z.string().trim().min(1).max(cannedReplyTextLength),
});
export type CannedReplyInput = z.infer<typeof cannedReplyInputSchema>;

export const cannedReplySchema = cannedReplyInputSchema.extend({
  id: z.uuid(),
  createdAt: isoDateTime,
  updatedAt: isoDateTime,
});
export type CannedReply = z.infer<typeof cannedReplySchema>;

export const renderCannedReplyQuery = z.object({ conversationId: z.uuid('must be a conversation id') });

/** `POST /api/canned-replies/:id/render?conversationId=`: the text with its variables filled in. */
export const renderedCannedReplySchema = z.object({
  text: z.string(),
  /** Variables the text names that Parley does not know (left as written). */
  unknownVariables: z.array(z.string()),
});
export type RenderedCannedReply = z.infer<typeof renderedCannedReplySchema>;

/** Fills `{{name}}` variables from `values`; unknown ones stay as written and are reported. */
export function renderCannedReply(
  text: string,
  values: Partial<Record<(typeof cannedReplyVariables)[number], string | null>>,
): RenderedCannedReply {
  const unknown = new Set<string>();
  const rendered = text.replace(/\{\{\s*([\w.]+)\s*\}\}/gu, (whole, name: string) => {
    if (!(cannedReplyVariables as readonly string[]).includes(name)) {
      unknown.add(name);
      return whole;
    }
    return values[name as (typeof cannedReplyVariables)[number]] ?? '';
  });
  return { text: rendered, unknownVariables: [...unknown] };
}
