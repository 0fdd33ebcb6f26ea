import { z } from 'zod';
import type { SpecIssue } from '../../spec/meta-spec.js';

/** Interactive types Meta supports but its spec lacks (WHATSAPP.md: "no cta_url interactive type"). */
export const typesMissingFromSpec = ['cta_url', 'voice_call'];

/** A reply-button interactive the spec accepts: stands in for the above when the envelope is checked. */
export const specPlaceholderInteractive = {
  type: 'button',
  body: { text: 'x' },
  action: { buttons: [{ type: 'reply', reply: { id: 'x', title: 'x' } }] },
};

const media = z.looseObject({ id: z.string().optional(), link: z.string().optional() });
const frame = {
  header: z
    .strictObject({
      type: z.enum(['text', 'image', 'video', 'document']),
      text: z.string().max(60).optional(),
      image: media.optional(),
      video: media.optional(),
      document: media.optional(),
    })
    .optional(),
  body: z.strictObject({ text: z.string().min(1).max(1024) }),
  footer: z.strictObject({ text: z.string().min(1).max(60) }).optional(),
};

const missingFromSpecSchema = z.discriminatedUnion('type', [
  z.strictObject({
    type: z.literal('cta_url'),
    ...frame,
    action: z.strictObject({
      name: z.literal('cta_url'),
      parameters: z.strictObject({
        display_text: z.string().min(1).max(20),
        url: z.url({ protocol: /^https?$/ }),
      }),
    }),
  }),
  z.strictObject({
    type: z.literal('voice_call'),
    ...frame,
    action: z.strictObject({
      name: z.literal('voice_call'),
      parameters: z.strictObject({
        display_text: z.string().min(1).max(20),
        ttl_minutes: z.number().int().min(1).max(43_200).optional(),
      }),
    }),
  }),
]);

/** Checks a `cta_url` or `voice_call` interactive object with the sandbox's own schema. */
export function checkInteractiveMissingFromSpec(interactive: unknown): SpecIssue[] {
  const parsed = missingFromSpecSchema.safeParse(interactive);
  if (parsed.success) return [];
  return parsed.error.issues.map((issue) => ({
    path: ['interactive', ...issue.path].map(String).join('.'),
    message: issue.message,
  }));
}

interface InteractiveShape {
  type?: string;
  action?: {
    buttons?: { reply?: { id?: string; title?: string } }[];
    sections?: { title?: string; rows?: { id?: string }[] }[];
  };
}

/** Rules Meta enforces beyond the spec (answered with 131009); the first broken one, if any. */
export function interactiveRuleViolation(interactive: InteractiveShape): string | undefined {
  const action = interactive.action ?? {};
  if (interactive.type === 'button') {
    const replies = (action.buttons ?? []).map((button) => button.reply ?? {});
    if (new Set(replies.map((reply) => reply.id)).size !== replies.length) return 'Button ids must be unique';
    if (new Set(replies.map((reply) => reply.title)).size !== replies.length)
      return 'Button titles must be unique';
  }
  if (interactive.type === 'list') {
    const sections = action.sections ?? [];
    const rows = sections.flatMap((section) => section.rows ?? []);
    if (rows.length > 10) return 'A list can have at most 10 rows in total';
    if (sections.some((section) => (section.rows ?? []).length === 0))
      return 'Each section needs at least one row';
    if (sections.length > 1 && sections.some((section) => !section.title))
      return 'Sections need a title when the list has more than one';
    if (new Set(rows.map((row) => row.id)).size !== rows.length) return 'Row ids must be unique';
  }
  return undefined;
}
