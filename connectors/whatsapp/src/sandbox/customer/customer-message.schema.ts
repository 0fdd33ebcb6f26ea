import { sharedContact } from '../contract/webhook-message.schema.js';
import { z } from 'zod';

export const customerParamsSchema = z.object({
  waId: z.string().regex(/^\d{5,20}$/, 'must be a wa_id: 5 to 20 digits'),
});

/** A click-to-WhatsApp ad's referral, in Meta's shape; missing fields get sample values. */
export const referralSchema = z.strictObject({
  source_url: z.string().optional(),
  source_id: z.string().optional(),
  source_type: z.enum(['ad', 'post']).optional(),
  body: z.string().optional(),
  headline: z.string().optional(),
  media_type: z.enum(['image', 'video']).optional(),
  image_url: z.string().optional(),
  video_url: z.string().optional(),
  thumbnail_url: z.string().optional(),
  ctwa_clid: z.string().optional(),
  welcome_message: z.strictObject({ text: z.string() }).optional(),
});

/** A WhatsApp username: 3–35 of a-z, 0-9, `.` and `_`, a letter among them, no `.` at either end or twice in a row. */
export const usernameSchema = z
  .string()
  .regex(
    /^(?=[a-z0-9._]*[a-z])(?!\.)(?!.*\.\.)[a-z0-9._]{2,34}[a-z0-9_]$/,
    'must be a WhatsApp username: 3-35 of a-z, 0-9, . and _, with a letter, no . at the ends or twice in a row',
  );

/** Who the customer is, beyond their wa_id: each kept for later messages. */
const identity = {
  /** The customer's profile name. */
  name: z.string().min(1).max(256).optional(),
  /** Their WhatsApp username (webhooks carry it in `contacts[].profile.username`). */
  username: usernameSchema.optional(),
  /** A username-only customer: webhooks omit `wa_id` and `from`, statuses of BSUID sends `recipient_id`. */
  hidePhoneNumber: z.boolean().optional(),
};

const common = {
  ...identity,
  /** The business number written to; the configured one by default. */
  phoneNumberId: z.string().regex(/^\d+$/).optional(),
  /** A message of the conversation this one quotes (webhook `context`). */
  replyTo: z.string().min(1).optional(),
  /** Present when the customer came from a click-to-WhatsApp ad (opens a 72 h free entry point). */
  referral: referralSchema.optional(),
};

/** The file of a media message: an uploaded media id, inline base64, or (absent) a generated sample. */
const mediaSourceSchema = z.union([
  z.strictObject({ id: z.string().min(1) }),
  z.strictObject({ base64: z.base64(), mimeType: z.string().min(1), filename: z.string().optional() }),
]);

/** A contact card the customer shares: the same shape Meta puts in the webhook. */
const contactSchema = sharedContact.extend({ name: z.looseObject({ formatted_name: z.string().min(1) }) });

export const customerMessageSchema = z.preprocess(
  (value) =>
    typeof value === 'object' && value !== null && !('type' in value) ? { ...value, type: 'text' } : value,
  z.discriminatedUnion('type', [
    z.object({ type: z.literal('text'), text: z.string().min(1).max(4096), ...common }),
    z.object({
      type: z.enum(['image', 'video', 'audio', 'document', 'sticker']),
      media: mediaSourceSchema.optional(),
      caption: z.string().max(1024).optional(),
      filename: z.string().min(1).optional(),
      /** audio: a voice note recorded in WhatsApp. */
      voice: z.boolean().optional(),
      /** sticker: animated. */
      animated: z.boolean().optional(),
      ...common,
    }),
    z.object({
      type: z.literal('location'),
      location: z.strictObject({
        latitude: z.number().min(-90).max(90),
        longitude: z.number().min(-180).max(180),
        name: z.string().optional(),
        address: z.string().optional(),
        url: z.string().optional(),
      }),
      ...common,
    }),
    z.object({ type: z.literal('contacts'), contacts: z.array(contactSchema).min(1), ...common }),
    /** An empty emoji removes an earlier reaction. */
    z.object({
      type: z.literal('reaction'),
      messageId: z.string().min(1),
      emoji: z.string().max(16),
      ...common,
    }),
    z.object({ type: z.literal('unsupported'), ...common }),
  ]),
);
export type CustomerMessage = z.infer<typeof customerMessageSchema>;

export const tapSchema = z.union([
  z.strictObject({ buttonId: z.string().min(1), ...identity }),
  z.strictObject({ rowId: z.string().min(1), ...identity }),
]);
