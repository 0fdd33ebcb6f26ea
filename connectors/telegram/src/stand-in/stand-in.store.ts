import { randomInt } from 'node:crypto';
import { FileStore } from './file.store.js';

export type TelegramObject = Record<string, unknown>;

export interface StoredTap {
  callbackQueryId: string;
  data: string;
  at: Date;
  answered: boolean;
  answerText?: string;
}

export interface StoredMessage {
  chatId: number;
  messageId: number;
  direction: 'inbound' | 'outbound';
  at: Date;
  /** The Message object, as the bot gets it in an update or as a method's result. */
  message: TelegramObject;
  /** Taps on this message's inline buttons (outbound messages). */
  taps: StoredTap[];
  reactions: { customer?: string; bot?: string };
}

export interface ChatState {
  chat: TelegramObject & { id: number };
  user: TelegramObject & { id: number };
  messages: StoredMessage[];
  nextMessageId: number;
  /** The customer blocked the bot: sends answer 403 until they write again. */
  blocked: boolean;
  chatInstance: string;
}

/** A Bot API call that did something in a chat. */
export interface OutboundCall {
  method: string;
  chatId: number;
  messageId?: number;
  params: TelegramObject;
  at: Date;
}

export interface CustomerNames {
  firstName?: string | undefined;
  lastName?: string | undefined;
  username?: string | undefined;
}

/** The stand-in's memory: each chat as the customer sees it, files, taps and the bot's calls. */
export class StandInStore {
  readonly files = new FileStore();
  private readonly chats = new Map<number, ChatState>();
  private readonly taps = new Map<string, { tap: StoredTap; chatId: number }>();
  private readonly calls: OutboundCall[] = [];
  private lastUpdateId = randomInt(100_000_000, 900_000_000);

  /** The customer's chat, created on first contact; names given replace earlier ones. */
  upsertCustomer(chatId: number, names: CustomerNames): ChatState {
    const existing = this.chats.get(chatId);
    const firstName = names.firstName ?? (existing?.user.first_name as string | undefined) ?? 'Customer';
    const person = {
      first_name: firstName,
      ...optional('last_name', names.lastName ?? (existing?.user.last_name as string | undefined)),
      ...optional('username', names.username ?? (existing?.user.username as string | undefined)),
    };
    const state: ChatState = existing ?? {
      chat: { id: chatId },
      user: { id: chatId },
      messages: [],
      nextMessageId: 1,
      blocked: false,
      chatInstance: String(randomInt(1, 2 ** 47)),
    };
    state.chat = { id: chatId, type: 'private', ...person };
    state.user = { id: chatId, is_bot: false, ...person, language_code: 'en' };
    this.chats.set(chatId, state);
    return state;
  }

  chat(chatId: number): ChatState | undefined {
    return this.chats.get(chatId);
  }

  nextUpdateId(): number {
    this.lastUpdateId += 1;
    return this.lastUpdateId;
  }

  /** Adds a message with the chat's next message id; `content` holds what it carries. */
  addMessage(
    state: ChatState,
    direction: StoredMessage['direction'],
    from: TelegramObject,
    content: TelegramObject,
  ): StoredMessage {
    const at = new Date();
    const messageId = state.nextMessageId++;
    const message = {
      message_id: messageId,
      from,
      chat: state.chat,
      date: Math.floor(at.getTime() / 1000),
      ...content,
    };
    const stored: StoredMessage = {
      chatId: state.chat.id,
      messageId,
      direction,
      at,
      message,
      taps: [],
      reactions: {},
    };
    state.messages.push(stored);
    return stored;
  }

  message(chatId: number, messageId: number): StoredMessage | undefined {
    return this.chats.get(chatId)?.messages.find((stored) => stored.messageId === messageId);
  }

  addTap(stored: StoredMessage, data: string): StoredTap {
    const tap: StoredTap = {
      callbackQueryId: String(randomInt(1, 2 ** 47)) + String(randomInt(1000, 9999)),
      data,
      at: new Date(),
      answered: false,
    };
    stored.taps.push(tap);
    this.taps.set(tap.callbackQueryId, { tap, chatId: stored.chatId });
    return tap;
  }

  tap(callbackQueryId: string): { tap: StoredTap; chatId: number } | undefined {
    return this.taps.get(callbackQueryId);
  }

  recordCall(call: Omit<OutboundCall, 'at'>): void {
    this.calls.push({ ...call, at: new Date() });
  }

  callsSince(since: Date | undefined): OutboundCall[] {
    return since === undefined ? [...this.calls] : this.calls.filter((call) => call.at >= since);
  }
}

function optional(key: string, value: string | undefined): TelegramObject {
  return value === undefined ? {} : { [key]: value };
}
