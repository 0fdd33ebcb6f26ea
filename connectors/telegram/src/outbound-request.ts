import { ConnectorSendError, type OutboundMessage } from '@parley/connector-sdk';
import { listKeyboard, replyButtonsKeyboard, urlKeyboard } from './inline-keyboard.js';
import { chatIdParam, parsePlatformMessageId } from './platform-id.js';

/** A Bot API call: the method and its JSON parameters. */
export interface BotApiRequest {
  method: string;
  params: Record<string, unknown>;
}

const mediaMethods = {
  image: ['sendPhoto', 'photo'],
  video: ['sendVideo', 'video'],
  audio: ['sendAudio', 'audio'],
  document: ['sendDocument', 'document'],
  sticker: ['sendSticker', 'sticker'],
} as const;

/**
 * The Bot API call that sends a normalized message (already checked against the capabilities).
 * Text goes without parse_mode, so it is shown as written. A reply to something that is not a
 * Telegram message (a button tap's `update:…` id) is sent as a plain message.
 */
export function botApiRequest(to: string, message: OutboundMessage, replyTo?: string): BotApiRequest {
  const chat = { chat_id: chatIdParam(to), ...replyParameters(to, replyTo) };
  const send = (method: string, params: Record<string, unknown>) => ({
    method,
    params: { ...chat, ...params },
  });
  switch (message.type) {
    case 'text':
      return send('sendMessage', {
        text: message.text,
        ...(message.previewUrl ? {} : { link_preview_options: { is_disabled: true } }),
      });
    case 'reply_buttons':
      return send('sendMessage', { text: message.body, reply_markup: replyButtonsKeyboard(message) });
    case 'list':
      return send('sendMessage', { text: message.body, reply_markup: listKeyboard(message) });
    case 'cta_url':
      return send('sendMessage', {
        text: message.body,
        reply_markup: urlKeyboard(message.displayText, message.url),
      });
    case 'image':
    case 'video':
    case 'audio':
    case 'document':
    case 'sticker': {
      // Telegram takes a file name only with an upload; by URL or file_id it is not sent.
      const [method, field] = mediaMethods[message.type];
      const caption = message.caption === undefined ? {} : { caption: message.caption };
      return send(method, { [field]: message.link ?? message.mediaId, ...caption });
    }
    case 'location': {
      const { latitude, longitude, name, address } = message;
      if (name !== undefined && address !== undefined) {
        return send('sendVenue', { latitude, longitude, title: name, address });
      }
      return send('sendLocation', { latitude, longitude });
    }
    case 'reaction':
      return reactionRequest(message.messageId, message.emoji);
    case 'call_button':
    case 'template':
      throw new Error(`Telegram cannot send ${message.type} messages`);
  }
}

function replyParameters(to: string, replyTo: string | undefined): Record<string, unknown> {
  const target = replyTo === undefined ? undefined : parsePlatformMessageId(replyTo);
  if (!target) return {};
  const otherChat = String(target.chatId) !== to ? { chat_id: target.chatId } : {};
  // A deleted original should not fail the reply: it is then sent without the quote.
  return {
    reply_parameters: { message_id: target.messageId, ...otherChat, allow_sending_without_reply: true },
  };
}

/** setMessageReaction; an empty emoji removes the bot's reaction. */
function reactionRequest(messageId: string, emoji: string): BotApiRequest {
  const target = parsePlatformMessageId(messageId);
  if (!target) {
    throw new ConnectorSendError(`Not a Telegram message id: ${messageId}`, 'invalid_message_id', false);
  }
  // Telegram's reaction emoji are written without the emoji variation selector (❤, not ❤️).
  const bare = emoji.replaceAll('\uFE0F', '');
  return {
    method: 'setMessageReaction',
    params: {
      chat_id: target.chatId,
      message_id: target.messageId,
      reaction: bare === '' ? [] : [{ type: 'emoji', emoji: bare }],
    },
  };
}
