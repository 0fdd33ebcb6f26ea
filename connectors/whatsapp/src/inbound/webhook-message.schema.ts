import { z } from 'zod';
import {
  identifier,
  informational,
  unixTimestampSchema,
  webhookErrorSchema,
} from './webhook-fields.schema.js';

/**
 * An inbound message as Meta delivers it. Our own schema (the spec's reuse the outbound message
 * schemas and reject every webhook example). Leniencies: unknown fields and unknown message types
 * pass (Meta adds both without notice; unknown types become `unsupported`); `timestamp` may be a
 * number; coordinates may be strings; `reaction.emoji` may be absent (a removed reaction);
 * `from` may be absent for a customer who hides their number (then `from_user_id`, the BSUID,
 * names them; a message with neither is refused, except a system message, which may name nobody);
 * identifiers and informational fields as in `webhook-fields.schema.ts`. The content object of
 * each type Parley reads must be present and well formed.
 */
const coordinate = z.union([
  z.number(),
  z
    .string()
    .regex(/^-?\d+(\.\d+)?$/)
    .transform(Number),
]);

const media = {
  id: z.string().min(1),
  mime_type: z.string().optional(),
  sha256: z.string().optional(),
  caption: z.string().optional(),
};

const contentSchemas = {
  text: z.object({ body: z.string() }),
  image: z.object(media),
  video: z.object(media),
  audio: z.object({ ...media, voice: z.boolean().optional() }),
  document: z.object({ ...media, filename: z.string().optional() }),
  sticker: z.object({ ...media, animated: z.boolean().optional() }),
  location: z.object({
    latitude: coordinate,
    longitude: coordinate,
    name: z.string().optional(),
    address: z.string().optional(),
    url: z.string().optional(),
  }),
  contacts: z
    .array(
      z.object({
        name: z
          .object({
            formatted_name: z.string().optional(),
            first_name: z.string().optional(),
            last_name: z.string().optional(),
          })
          .optional(),
        phones: z
          .array(
            z.object({
              phone: z.string().optional(),
              wa_id: z.string().optional(),
              type: z.string().optional(),
            }),
          )
          .optional(),
        emails: z.array(z.object({ email: z.string().optional() })).optional(),
        org: z.object({ company: z.string().optional() }).optional(),
      }),
    )
    .min(1),
  interactive: z.object({
    type: z.string().min(1),
    button_reply: z.object({ id: z.string(), title: z.string() }).optional(),
    list_reply: z
      .object({ id: z.string(), title: z.string(), description: z.string().optional() })
      .optional(),
  }),
  button: z.object({ payload: z.string().optional(), text: z.string() }),
  reaction: z.object({ message_id: z.string().min(1), emoji: z.string().optional() }),
  /** A change of the customer's identity (`user_changed_number`, `user_changed_user_id`, …). */
  system: z.object({
    type: z.string().min(1),
    body: informational(z.string()),
    wa_id: identifier,
    user_id: identifier,
    parent_user_id: identifier,
    previous_user_id: identifier,
    previous_parent_user_id: identifier,
  }),
};
type ContentType = keyof typeof contentSchemas;
const contentTypes = Object.keys(contentSchemas) as ContentType[];

export const webhookReferralSchema = z.object({
  source_url: z.string().optional(),
  source_type: z.string().optional(),
  source_id: z.string().optional(),
  headline: z.string().optional(),
  body: z.string().optional(),
  ctwa_clid: z.string().optional(),
});

export const webhookMessageSchema = z
  .object({
    from: identifier,
    from_user_id: identifier,
    from_parent_user_id: identifier,
    id: z.string().min(1),
    timestamp: unixTimestampSchema,
    type: z.string().min(1),
    context: z.object({ id: z.string().optional(), from: z.string().optional() }).optional(),
    referral: webhookReferralSchema.optional(),
    errors: z.array(webhookErrorSchema).optional(),
    text: contentSchemas.text.optional(),
    image: contentSchemas.image.optional(),
    video: contentSchemas.video.optional(),
    audio: contentSchemas.audio.optional(),
    document: contentSchemas.document.optional(),
    sticker: contentSchemas.sticker.optional(),
    location: contentSchemas.location.optional(),
    contacts: contentSchemas.contacts.optional(),
    interactive: contentSchemas.interactive.optional(),
    button: contentSchemas.button.optional(),
    reaction: contentSchemas.reaction.optional(),
    system: contentSchemas.system.optional(),
  })
  .superRefine((message, context) => {
    if (message.type !== 'system' && message.from === undefined && message.from_user_id === undefined)
      context.addIssue({ code: 'custom', message: 'a message needs from or from_user_id', path: ['from'] });
    const type = message.type as ContentType;
    if (contentTypes.includes(type) && message[type] === undefined) {
      context.addIssue({
        code: 'custom',
        message: `a ${type} message needs ${type === 'text' ? 'text.body' : type}`,
        path: [type],
      });
    }
  });
export type WebhookMessage = z.infer<typeof webhookMessageSchema>;
