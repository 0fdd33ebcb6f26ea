import {
  WebhookPayloadError,
  type Contact,
  type InboundEvent,
  type MessageEvent,
} from '@parley/connector-sdk';
import { messageContent, reactionContent } from './inbound-content.js';
import { platformMessageId, updatePlatformId } from './platform-id.js';
import {
  updateSchema,
  type CallbackQuery,
  type MessageReaction,
  type TelegramChat,
  type TelegramMessage,
  type TelegramUser,
} from './update.schema.js';

export interface UpdateContext {
  /** The bot's id: every event's channel account. */
  botId: string;
  /** When a button tap happened: Telegram does not say, so it is when the update is parsed. */
  now: () => Date;
}

type Base = Pick<MessageEvent, 'kind' | 'eventId' | 'channelAccountId'>;

/**
 * Turns one (verified) Update into normalized events; the event id is derived from `update_id`,
 * so a redelivered update yields the same id. `message` → a message; `callback_query` → an
 * interactive reply; `message_reaction` → a reaction; other kinds (edited messages, channel
 * posts, …) → none. Telegram has no delivery statuses, so there are never status events.
 */
export function parseTelegramUpdate(body: unknown, context: UpdateContext): InboundEvent[] {
  const parsed = updateSchema.safeParse(body);
  if (!parsed.success) {
    const issues = parsed.error.issues.map((issue) => ({
      path: issue.path.map(String).join('.'),
      message: issue.message,
    }));
    const summary = issues.map((issue) => `${issue.path || '(root)'} ${issue.message}`).join('; ');
    throw new WebhookPayloadError(`Not a Telegram update: ${summary}`, issues);
  }
  const update = parsed.data;
  const base: Base = {
    kind: 'message',
    eventId: `telegram:update:${update.update_id}`,
    channelAccountId: context.botId,
  };
  if (update.message) return [messageEvent(base, update.message)];
  if (update.callback_query)
    return [callbackEvent(base, update.update_id, update.callback_query, context.now())];
  if (update.message_reaction) return [reactionEvent(base, update.update_id, update.message_reaction)];
  return [];
}

function messageEvent(base: Base, message: TelegramMessage): MessageEvent {
  const reply = message.reply_to_message;
  return {
    ...base,
    contact: chatContact(message.chat, message.from),
    platformMessageId: platformMessageId(message.chat.id, message.message_id),
    occurredAt: isoFromUnix(message.date),
    content: messageContent(message),
    ...(reply ? { replyTo: platformMessageId(reply.chat.id, reply.message_id) } : {}),
  };
}

/** A tap on an inline button: its callback data is the id of the button Parley sent. */
function callbackEvent(base: Base, updateId: number, query: CallbackQuery, now: Date): MessageEvent {
  const { message, data } = query;
  const title = message?.reply_markup?.inline_keyboard
    .flat()
    .find((button) => button.callback_data === data)?.text;
  return {
    ...base,
    contact: message ? chatContact(message.chat, query.from) : userContact(query.from),
    platformMessageId: updatePlatformId(updateId),
    occurredAt: now.toISOString(),
    content:
      data === undefined
        ? { type: 'unsupported', platformType: 'callback_game' }
        : { type: 'interactive_reply', source: 'button', replyId: data, title: title ?? data },
    ...(message ? { replyTo: platformMessageId(message.chat.id, message.message_id) } : {}),
    interactionId: query.id,
  };
}

function reactionEvent(base: Base, updateId: number, reaction: MessageReaction): MessageEvent {
  const target = platformMessageId(reaction.chat.id, reaction.message_id);
  return {
    ...base,
    contact: chatContact(reaction.chat, reaction.user),
    platformMessageId: updatePlatformId(updateId),
    occurredAt: isoFromUnix(reaction.date),
    content: reactionContent(target, reaction.old_reaction, reaction.new_reaction),
  };
}

/**
 * The chat is the contact (replies go there); its name is the person's, or a group's title. Its
 * username is the chat's (a private chat's is the person's; a public group's its handle); in a
 * private chat Telegram may give it on the user alone.
 */
function chatContact(chat: TelegramChat, user: TelegramUser | undefined): Contact {
  const name = personName(chat) ?? chat.title ?? (user && personName(user));
  const username = chat.username ?? (chat.type === 'private' ? user?.username : undefined);
  return { id: String(chat.id), ...optional('username', username), ...optional('name', name) };
}

function userContact(user: TelegramUser): Contact {
  return {
    id: String(user.id),
    ...optional('username', user.username),
    ...optional('name', personName(user)),
  };
}

function optional<K extends string>(key: K, value: string | undefined): Partial<Record<K, string>> {
  return value ? ({ [key]: value } as Record<K, string>) : {};
}

function personName(person: {
  first_name?: string;
  last_name?: string;
  username?: string;
}): string | undefined {
  const full = [person.first_name, person.last_name].filter(Boolean).join(' ');
  return full || person.username;
}

function isoFromUnix(seconds: number): string {
  return new Date(seconds * 1000).toISOString();
}
