import type { OutboundMessage } from '@parley/connector-sdk';
import { interactiveBody } from './interactive-body.js';
import { optional } from '../optional-field.js';
import { templateBody } from './template-body.js';

type MediaMessage = Extract<OutboundMessage, { type: 'image' | 'video' | 'audio' | 'document' | 'sticker' }>;

/** Who a send goes to, in Meta's fields: `to` (a phone number) or `recipient` (a BSUID). */
export type GraphRecipient = { to: string } | { recipient: string };

/**
 * The JSON body of `POST /{version}/{phone-number-id}/messages` for a normalized message (assumed
 * to have passed the capability checks). `replyTo` becomes `context.message_id`.
 */
export function messageBody(
  recipient: GraphRecipient,
  message: OutboundMessage,
  replyTo?: string,
): Record<string, unknown> {
  const context =
    replyTo === undefined || message.type === 'reaction' ? {} : { context: { message_id: replyTo } };
  return {
    messaging_product: 'whatsapp',
    recipient_type: 'individual',
    ...recipient,
    ...context,
    ...content(message),
  };
}

function content(message: OutboundMessage): Record<string, unknown> {
  switch (message.type) {
    case 'text':
      return { type: 'text', text: { body: message.text, preview_url: message.previewUrl ?? false } };
    case 'image':
    case 'video':
    case 'audio':
    case 'document':
    case 'sticker':
      return { type: message.type, [message.type]: mediaObject(message) };
    case 'location':
      return {
        type: 'location',
        location: {
          latitude: message.latitude,
          longitude: message.longitude,
          ...optional('name', message.name),
          ...optional('address', message.address),
        },
      };
    case 'reaction':
      return { type: 'reaction', reaction: { message_id: message.messageId, emoji: message.emoji } };
    case 'template':
      return { type: 'template', template: templateBody(message) };
    case 'reply_buttons':
    case 'list':
    case 'cta_url':
    case 'call_button':
      return { type: 'interactive', interactive: interactiveBody(message) };
  }
}

function mediaObject(message: MediaMessage): Record<string, unknown> {
  return {
    ...(message.mediaId === undefined ? { link: message.link } : { id: message.mediaId }),
    ...optional('caption', message.caption),
    ...(message.type === 'document' ? optional('filename', message.filename) : {}),
  };
}
