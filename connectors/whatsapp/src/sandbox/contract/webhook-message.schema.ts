import { z } from 'zod';
import { bsuidPattern } from '../../inbound/webhook-fields.schema.js';

/**
 * Customer messages and statuses as the sandbox's webhooks carry them (see webhook-contract.schema.ts
 * for the leniencies and why this is our own schema rather than the spec's).
 */
export const digits = z.string().regex(/^\d+$/, 'must be digits');
export const wamid = z.string().startsWith('wamid.');
/** A business-scoped user id (`CC.<id>`) or a parent one (`CC.ENT.<id>`). */
export const bsuid = z.string().regex(bsuidPattern, 'must be a BSUID');

export const errorObject = z.strictObject({
  code: z.number().int(),
  title: z.string(),
  message: z.string().optional(),
  error_data: z.strictObject({ details: z.string() }).optional(),
  href: z.string().optional(),
});

const context = z.strictObject({
  from: z.string().optional(),
  id: wamid.optional(),
  referred_product: z.strictObject({ catalog_id: z.string(), product_retailer_id: z.string() }).optional(),
  forwarded: z.boolean().optional(),
  frequently_forwarded: z.boolean().optional(),
});

const referral = z.strictObject({
  source_url: z.string(),
  source_id: z.string(),
  source_type: z.enum(['ad', 'post']),
  body: z.string(),
  headline: z.string(),
  media_type: z.enum(['image', 'video']),
  image_url: z.string().optional(),
  video_url: z.string().optional(),
  thumbnail_url: z.string().optional(),
  ctwa_clid: z.string(),
  welcome_message: z.strictObject({ text: z.string() }).optional(),
});

const base = {
  from: digits.optional(),
  from_user_id: bsuid.optional(),
  from_parent_user_id: bsuid.optional(),
  id: wamid,
  timestamp: digits,
  context: context.optional(),
  referral: referral.optional(),
  errors: z.array(errorObject).optional(),
};
const tapContext = z.strictObject({ from: z.string(), id: wamid });

const media = <T extends z.ZodRawShape>(extra: T) =>
  z.strictObject({
    id: digits,
    mime_type: z.string(),
    sha256: z.string(),
    caption: z.string().optional(),
    url: z.string().optional(),
    ...extra,
  });

/** A contact card as customers share it (`messages[].contacts[]`). */
export const sharedContact = z.strictObject({
  name: z.looseObject({ formatted_name: z.string() }),
  phones: z
    .array(z.strictObject({ phone: z.string(), wa_id: z.string().optional(), type: z.string().optional() }))
    .optional(),
  emails: z.array(z.strictObject({ email: z.string(), type: z.string().optional() })).optional(),
  org: z
    .strictObject({
      company: z.string().optional(),
      department: z.string().optional(),
      title: z.string().optional(),
    })
    .optional(),
  urls: z.array(z.strictObject({ url: z.string(), type: z.string().optional() })).optional(),
  addresses: z.array(z.looseObject({})).optional(),
  birthday: z.string().optional(),
});

export const webhookMessageSchema = z
  .discriminatedUnion('type', [
    z.strictObject({ ...base, type: z.literal('text'), text: z.strictObject({ body: z.string() }) }),
    z.strictObject({
      ...base,
      type: z.literal('reaction'),
      reaction: z.strictObject({ message_id: wamid, emoji: z.string() }),
    }),
    z.strictObject({ ...base, type: z.literal('image'), image: media({}) }),
    z.strictObject({ ...base, type: z.literal('video'), video: media({}) }),
    z.strictObject({ ...base, type: z.literal('audio'), audio: media({ voice: z.boolean().optional() }) }),
    z.strictObject({
      ...base,
      type: z.literal('document'),
      document: media({ filename: z.string().optional() }),
    }),
    z.strictObject({
      ...base,
      type: z.literal('sticker'),
      sticker: media({ animated: z.boolean().optional() }),
    }),
    z.strictObject({
      ...base,
      type: z.literal('location'),
      location: z.strictObject({
        latitude: z.number(),
        longitude: z.number(),
        name: z.string().optional(),
        address: z.string().optional(),
        url: z.string().optional(),
      }),
    }),
    z.strictObject({ ...base, type: z.literal('contacts'), contacts: z.array(sharedContact).min(1) }),
    z.strictObject({
      ...base,
      type: z.enum(['unsupported', 'unknown']),
      errors: z.array(errorObject).min(1),
    }),
    z.strictObject({
      ...base,
      type: z.literal('button'),
      context: tapContext,
      button: z.strictObject({ payload: z.string(), text: z.string() }),
    }),
    z.strictObject({
      ...base,
      type: z.literal('interactive'),
      context: tapContext,
      interactive: z.discriminatedUnion('type', [
        z.strictObject({
          type: z.literal('button_reply'),
          button_reply: z.strictObject({ id: z.string(), title: z.string() }),
        }),
        z.strictObject({
          type: z.literal('list_reply'),
          list_reply: z.strictObject({
            id: z.string(),
            title: z.string(),
            description: z.string().optional(),
          }),
        }),
      ]),
    }),
    z.strictObject({
      ...base,
      type: z.literal('order'),
      order: z.strictObject({
        catalog_id: z.string(),
        text: z.string(),
        product_items: z.array(
          z.strictObject({
            product_retailer_id: z.string(),
            quantity: z.number().int(),
            item_price: z.number(),
            currency: z.string(),
          }),
        ),
      }),
    }),
    z.strictObject({
      ...base,
      type: z.literal('system'),
      system: z.strictObject({
        body: z.string(),
        wa_id: digits.optional(),
        user_id: bsuid.optional(),
        parent_user_id: bsuid.optional(),
        previous_user_id: bsuid.optional(),
        previous_parent_user_id: bsuid.optional(),
        type: z.string(),
      }),
    }),
  ])
  .refine(
    (message) =>
      message.type === 'system' || message.from !== undefined || message.from_user_id !== undefined,
    { message: 'a customer message names its sender by from or from_user_id', path: ['from'] },
  );
