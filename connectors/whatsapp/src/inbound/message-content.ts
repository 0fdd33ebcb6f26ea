import type { InboundContent } from '@parley/connector-sdk';
import { optional } from '../optional-field.js';
import type { WebhookMessage } from './webhook-message.schema.js';

type Contacts = NonNullable<WebhookMessage['contacts']>;

/** The normalized content of an inbound message; types Parley does not read become `unsupported`. */
export function messageContent(message: WebhookMessage): InboundContent {
  const unsupported: InboundContent = { type: 'unsupported', platformType: message.type };
  switch (message.type) {
    case 'text':
      return message.text ? { type: 'text', text: message.text.body } : unsupported;
    case 'image':
    case 'video':
    case 'audio':
    case 'document':
    case 'sticker':
      return mediaContent(message, message.type) ?? unsupported;
    case 'location': {
      const location = message.location;
      if (!location) return unsupported;
      return {
        type: 'location',
        latitude: location.latitude,
        longitude: location.longitude,
        ...optional('name', location.name),
        ...optional('address', location.address),
        ...optional('url', location.url),
      };
    }
    case 'contacts':
      return message.contacts
        ? { type: 'contacts', contacts: sharedContacts(message.contacts) }
        : unsupported;
    case 'interactive':
      return (
        interactiveContent(message) ?? {
          type: 'unsupported',
          platformType: `interactive.${message.interactive?.type}`,
        }
      );
    case 'button':
      return message.button
        ? {
            type: 'template_reply',
            payload: message.button.payload ?? message.button.text,
            text: message.button.text,
          }
        : unsupported;
    case 'reaction':
      return message.reaction
        ? { type: 'reaction', messageId: message.reaction.message_id, emoji: message.reaction.emoji ?? '' }
        : unsupported;
    default:
      return unsupported;
  }
}

function mediaContent(
  message: WebhookMessage,
  type: 'image' | 'video' | 'audio' | 'document' | 'sticker',
): InboundContent | undefined {
  const media = message[type];
  if (!media) return undefined;
  return {
    type,
    mediaId: media.id,
    ...optional('mimeType', media.mime_type),
    ...optional('sha256', media.sha256),
    ...optional('caption', media.caption),
    ...(message.document && type === 'document' ? optional('filename', message.document.filename) : {}),
    ...(message.audio && type === 'audio' ? optional('voice', message.audio.voice) : {}),
    ...(message.sticker && type === 'sticker' ? optional('animated', message.sticker.animated) : {}),
  };
}

function interactiveContent(message: WebhookMessage): InboundContent | undefined {
  const interactive = message.interactive;
  if (interactive?.type === 'button_reply' && interactive.button_reply) {
    const { id, title } = interactive.button_reply;
    return { type: 'interactive_reply', source: 'button', replyId: id, title };
  }
  if (interactive?.type === 'list_reply' && interactive.list_reply) {
    const { id, title, description } = interactive.list_reply;
    return {
      type: 'interactive_reply',
      source: 'list',
      replyId: id,
      title,
      ...optional('description', description),
    };
  }
  return undefined;
}

function sharedContacts(contacts: Contacts): Extract<InboundContent, { type: 'contacts' }>['contacts'] {
  return contacts.map((contact) => {
    const name = contact.name;
    const fullName = name?.formatted_name ?? [name?.first_name, name?.last_name].filter(Boolean).join(' ');
    return {
      name: fullName,
      phones: (contact.phones ?? []).flatMap((phone) =>
        phone.phone === undefined && phone.wa_id === undefined
          ? []
          : [
              {
                phone: phone.phone ?? phone.wa_id ?? '',
                ...optional('waId', phone.wa_id),
                ...optional('type', phone.type),
              },
            ],
      ),
      emails: (contact.emails ?? []).flatMap((email) => (email.email === undefined ? [] : [email.email])),
      ...optional('organization', contact.org?.company),
    };
  });
}
