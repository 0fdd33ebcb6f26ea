import { randomBytes, randomInt } from 'node:crypto';
import { kindOfMimeType, type MediaKind } from '../media/media-kinds.js';
import { placeholderMedia } from '../media/placeholder-media.js';
import { webhookError } from '../meta-errors.js';
import { unixSeconds } from '../meta-payloads.js';
import { previewOf } from '../messages/message-preview.js';
import type { PhoneNumberRecord } from '../onboarding/directory.js';
import type { SandboxContext } from '../sandbox-context.js';
import type { Issue } from '../sandbox-replies.js';
import { displayDigits } from '../webhook-payloads.js';
import type { CustomerMessage } from './customer-message.schema.js';
import type { InboundWebhookMessage } from './customer-webhooks.js';

/** A customer's message as the webhook carries it, and what the sandbox keeps of it. */
export interface InboundMessage {
  webhook: InboundWebhookMessage;
  type: string;
  text: string | null;
  preview: string | null;
  content: unknown;
  contextId?: string;
}

type MediaInput = Extract<CustomerMessage, { type: MediaKind }>;

/**
 * Builds the webhook message for a customer's message (without its sender, which
 * `inboundMessageWebhook` adds), or names the fields that do not work. A quote of the customer's
 * own message names them by number only when they share it.
 */
export function buildInbound(
  context: SandboxContext,
  number: PhoneNumberRecord,
  customer: { waId: string; phoneShared: boolean },
  input: CustomerMessage,
  ids: { wamid: string; at: Date },
): InboundMessage | Issue[] {
  const { waId } = customer;
  const inConversation = (id: string) =>
    context.store.conversation(waId).find((message) => message.id === id);
  const quoted = input.replyTo === undefined ? undefined : inConversation(input.replyTo);
  if (input.replyTo !== undefined && !quoted)
    return [{ path: 'replyTo', message: `no message ${input.replyTo} in this customer's conversation` }];
  let content: unknown;
  switch (input.type) {
    case 'text':
      content = { body: input.text };
      break;
    case 'location':
      content = input.location;
      break;
    case 'contacts':
      content = input.contacts;
      break;
    case 'reaction':
      if (!inConversation(input.messageId))
        return [
          { path: 'messageId', message: `no message ${input.messageId} in this customer's conversation` },
        ];
      content = { message_id: input.messageId, emoji: input.emoji };
      break;
    case 'unsupported':
      content = undefined;
      break;
    default: {
      const media = mediaContent(context, number, input);
      if (Array.isArray(media)) return media;
      content = media;
    }
  }
  const quotedFrom = quoted?.direction === 'outbound' ? displayDigits(number.displayPhoneNumber) : waId;
  const webhook: InboundWebhookMessage = {
    id: ids.wamid,
    timestamp: unixSeconds(ids.at),
    type: input.type,
    ...(input.type === 'unsupported'
      ? { errors: [webhookError(131051, 'Message type is currently not supported.')] }
      : { [input.type]: content }),
    ...(quoted
      ? {
          context: {
            ...(quoted.direction === 'outbound' || customer.phoneShared ? { from: quotedFrom } : {}),
            id: quoted.id,
          },
        }
      : {}),
    ...(input.referral ? { referral: fullReferral(input.referral) } : {}),
  };
  return {
    webhook,
    type: input.type,
    text: input.type === 'text' ? input.text : null,
    preview: previewOf(input.type, content),
    content: content ?? {},
    ...(quoted ? { contextId: quoted.id } : {}),
  };
}

function mediaContent(context: SandboxContext, number: PhoneNumberRecord, input: MediaInput): unknown {
  const source = input.media;
  let file: { mimeType: string; data: Buffer; filename?: string };
  if (source === undefined) file = placeholderMedia(input.type);
  else if ('id' in source) {
    const uploaded = context.media.get(source.id);
    if (!uploaded) return [{ path: 'media.id', message: `no media ${source.id}` }];
    file = uploaded;
  } else
    file = {
      mimeType: source.mimeType,
      data: Buffer.from(source.base64, 'base64'),
      ...(source.filename ? { filename: source.filename } : {}),
    };
  if (kindOfMimeType(file.mimeType) !== input.type)
    return [{ path: 'media', message: `${file.mimeType} is not a supported ${input.type} type` }];
  const record = context.media.add({ ...file, phoneNumberId: number.id });
  const filename = input.filename ?? record.filename;
  return {
    ...(input.caption !== undefined && ['image', 'video', 'document'].includes(input.type)
      ? { caption: input.caption }
      : {}),
    ...(input.type === 'document' ? { filename: filename ?? 'document' } : {}),
    mime_type: record.mimeType,
    sha256: record.sha256Base64,
    id: record.id,
    ...(input.type === 'audio' ? { voice: input.voice ?? false } : {}),
    ...(input.type === 'sticker' ? { animated: input.animated ?? false } : {}),
  };
}

/** Meta's required referral fields, filled with sample values where the test left them out. */
function fullReferral(referral: NonNullable<CustomerMessage['referral']>) {
  const mediaType = referral.media_type ?? 'image';
  return {
    source_url: 'https://fb.me/sandbox-ad',
    source_id: String(randomInt(100_000_000, 999_999_999)),
    source_type: 'ad',
    body: 'Chat with us on WhatsApp',
    headline: 'Chat with us',
    media_type: mediaType,
    ...(mediaType === 'image'
      ? { image_url: 'https://scontent.xx.fbcdn.net/sandbox-ad.jpg' }
      : {
          video_url: 'https://scontent.xx.fbcdn.net/sandbox-ad.mp4',
          thumbnail_url: 'https://scontent.xx.fbcdn.net/sandbox-ad-thumb.jpg',
        }),
    ctwa_clid: randomBytes(48).toString('base64url'),
    ...referral,
  };
}
