import type { StoredMessage, TelegramObject } from './stand-in.store.js';

const contentFields = [
  'text',
  'photo',
  'video',
  'audio',
  'voice',
  'document',
  'sticker',
  'venue',
  'location',
  'contact',
];

/** A message as the customer sees it in the chat: what it carries, its buttons, taps and reactions. */
export function conversationItem(stored: StoredMessage) {
  const message = stored.message;
  const type = contentFields.find((field) => message[field] !== undefined) ?? 'unknown';
  const replyTo = message.reply_to_message as TelegramObject | undefined;
  const keyboard = (message.reply_markup as { inline_keyboard?: TelegramObject[][] } | undefined)
    ?.inline_keyboard;
  return {
    messageId: stored.messageId,
    direction: stored.direction,
    type,
    date: stored.at.toISOString(),
    ...pick(message, ['text', 'caption', 'location', 'venue']),
    ...(type === 'photo' ? { fileId: (message.photo as TelegramObject[]).at(-1)?.file_id } : {}),
    ...(['video', 'audio', 'voice', 'document', 'sticker'].includes(type)
      ? { fileId: (message[type] as TelegramObject).file_id }
      : {}),
    ...(replyTo ? { replyToMessageId: replyTo.message_id } : {}),
    ...(keyboard ? { buttons: keyboard } : {}),
    ...(stored.direction === 'outbound' && stored.taps.length > 0
      ? { taps: stored.taps.map((tap) => ({ ...tap, at: tap.at.toISOString() })) }
      : {}),
    ...(Object.keys(stored.reactions).length > 0 ? { reactions: stored.reactions } : {}),
  };
}

function pick(object: TelegramObject, keys: string[]): TelegramObject {
  return Object.fromEntries(keys.filter((key) => object[key] !== undefined).map((key) => [key, object[key]]));
}
