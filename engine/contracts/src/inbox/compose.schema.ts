import { z } from 'zod';
import { listSchema } from '../common.schema.js';
import { templateCategorySchema } from '../templates/template-definition.schema.js';
import { sendTemplateSchema, templateSchema } from '../templates/template.schema.js';

/**
 * What an agent sends from the composer (`POST /api/conversations/:id/messages`). Shapes only:
 * the channel's own limits (lengths, button and row counts) are checked by the conversation
 * workflow against the connector manifest, and named in the error.
 */
const text = (max: number) => z.string().trim().min(1).max(max);
const frame = {
  body: text(4096),
  header: text(1024).optional(),
  footer: text(1024).optional(),
};

export const composedMessageSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('text'), text: text(4096) }),
  /** A file of the organisation's library (uploaded with `POST /api/files`). */
  z.object({ type: z.literal('media'), fileId: z.uuid(), caption: text(1024).optional() }),
  z.object({
    type: z.literal('reply_buttons'),
    ...frame,
    buttons: z
      .array(z.object({ title: text(256) }))
      .min(1)
      .max(10),
  }),
  z.object({
    type: z.literal('list'),
    ...frame,
    buttonLabel: text(256),
    sections: z
      .array(
        z.object({
          title: text(256).optional(),
          rows: z
            .array(z.object({ title: text(256), description: text(1024).optional() }))
            .min(1)
            .max(50),
        }),
      )
      .min(1)
      .max(10),
  }),
  z.object({ type: z.literal('cta_url'), ...frame, displayText: text(256), url: z.url() }),
  /** An approved template with its variables: the one kind allowed after the window closed. */
  sendTemplateSchema.extend({ type: z.literal('template') }),
]);
export type ComposedMessage = z.infer<typeof composedMessageSchema>;

export const sendMessageSchema = z.object({
  /** The client's id for this message: sending it again (a retry) never sends twice. */
  clientId: z.uuid(),
  message: composedMessageSchema,
  /** The message this one quotes. */
  replyToMessageId: z.uuid().optional(),
  /**
   * When the window is closed: send the account's fallback template now, and this message once
   * the customer answers (instead of refusing it with WINDOW_CLOSED).
   */
  holdIfClosed: z.boolean().default(false),
});
export type SendMessageInput = z.input<typeof sendMessageSchema>;
export type SendMessage = z.output<typeof sendMessageSchema>;

/** The 409 answer to a free-form message while the window is closed. */
export const windowClosedErrorSchema = z.object({
  code: z.literal('WINDOW_CLOSED'),
  message: z.string(),
  /** The approved, enabled templates this contact may be sent now. */
  templates: z.array(
    templateSchema
      .pick({ id: true, name: true, language: true })
      .extend({ category: templateCategorySchema }),
  ),
  /** The account's fallback template, when one is set and usable for this contact. */
  fallbackTemplate: templateSchema.pick({ id: true, name: true, language: true }).nullable(),
});
export type WindowClosedError = z.infer<typeof windowClosedErrorSchema>;

/** The composer's limits for one channel, from its connector manifest. */
export const composerLimitsSchema = z.object({
  textMaxLength: z.number().int(),
  bodyMaxLength: z.number().int(),
  headerMaxLength: z.number().int().nullable(),
  footerMaxLength: z.number().int().nullable(),
  replyButtons: z.object({ maxButtons: z.number().int(), maxTitleLength: z.number().int() }).nullable(),
  list: z
    .object({
      maxButtonLabelLength: z.number().int(),
      maxSections: z.number().int(),
      maxRows: z.number().int(),
      maxSectionTitleLength: z.number().int(),
      maxRowTitleLength: z.number().int(),
      maxRowDescriptionLength: z.number().int(),
    })
    .nullable(),
  ctaUrl: z.object({ maxDisplayTextLength: z.number().int() }).nullable(),
  /** Library file formats it can send, each with its largest size and caption. */
  media: z.array(
    z.object({
      kind: z.enum(['image', 'video', 'audio', 'document', 'sticker']),
      maxBytes: z.number().int(),
      mimeTypes: z.array(z.string()),
      maxCaptionLength: z.number().int().nullable(),
    }),
  ),
  templates: z.boolean(),
  /** Hours a customer's message keeps free-form replies open; null when the channel has none. */
  windowHours: z.number().nullable(),
});
export type ComposerLimits = z.infer<typeof composerLimitsSchema>;

/** `GET /api/channels/limits`: each channel's composer limits. */
export const channelLimitsSchema = listSchema(
  z.object({ channel: z.enum(['whatsapp', 'telegram']), limits: composerLimitsSchema }),
);
