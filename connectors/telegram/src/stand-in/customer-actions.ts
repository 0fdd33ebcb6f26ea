import { reactionEmoji } from './reaction-emoji.js';
import type { StandInContext } from './stand-in-context.js';
import type { CustomerNames, StoredMessage, TelegramObject } from './stand-in.store.js';
import type { FirstAttempt, Update } from './update-queue.js';

/** A customer action the stand-in refuses: `status` is the HTTP status of the test-control API. */
export class CustomerActionError extends Error {
  override readonly name = 'CustomerActionError';
  constructor(
    readonly status: number,
    message: string,
    readonly issues?: { path: string; message: string }[],
  ) {
    super(message);
  }
}

export interface CustomerMessage extends CustomerNames {
  text?: string | undefined;
  document?: { fileName: string; mimeType?: string | undefined; contentBase64: string } | undefined;
  replyToMessageId?: number | undefined;
}

export interface Posted {
  updateId: number;
  /** Whether the webhook took the update at its first attempt. */
  delivered: boolean;
  /**
   * The webhook's answer to the first attempt (0: unreachable); null when not tried yet: no webhook
   * is set, or the update waits behind an earlier one being retried.
   */
  webhookStatus: number | null;
}

/** The customer writes to the bot (which also lifts a block, like pressing Restart). */
export async function sendAsCustomer(
  context: StandInContext,
  chatId: number,
  input: CustomerMessage,
): Promise<Posted & { messageId: number }> {
  const { store } = context;
  const chat = store.upsertCustomer(chatId, input);
  chat.blocked = false;
  const original =
    input.replyToMessageId === undefined ? undefined : existing(context, chatId, input.replyToMessageId);
  const content: TelegramObject = original ? { reply_to_message: original.message } : {};
  if (input.document) {
    const { fileName, mimeType, contentBase64 } = input.document;
    const extension = fileName.includes('.') ? (fileName.split('.').at(-1) ?? 'bin') : 'bin';
    const file = store.files.add('documents', extension, Buffer.from(contentBase64, 'base64'));
    content.document = {
      file_id: file.fileId,
      file_unique_id: file.fileUniqueId,
      file_name: fileName,
      file_size: file.size,
      ...(mimeType ? { mime_type: mimeType } : {}),
    };
    if (input.text !== undefined) content.caption = input.text;
  } else {
    content.text = input.text;
  }
  const stored = store.addMessage(chat, 'inbound', chat.user, content);
  return { messageId: stored.messageId, ...(await post(context, { message: stored.message })) };
}

/** The customer taps an inline button of a message the bot sent. */
export async function tapButton(
  context: StandInContext,
  chatId: number,
  messageId: number,
  data: string,
): Promise<Posted & { callbackQueryId: string }> {
  const stored = existing(context, chatId, messageId);
  const keyboard = (stored.message.reply_markup as { inline_keyboard?: TelegramObject[][] } | undefined)
    ?.inline_keyboard;
  if (stored.direction !== 'outbound' || !keyboard?.flat().some((button) => button.callback_data === data)) {
    throw new CustomerActionError(
      400,
      `message ${messageId} has no inline button with callback data ${JSON.stringify(data)}`,
    );
  }
  const chat = context.store.chat(chatId);
  const tap = context.store.addTap(stored, data);
  const callbackQuery = {
    id: tap.callbackQueryId,
    from: chat?.user,
    message: stored.message,
    chat_instance: chat?.chatInstance,
    data,
  };
  return {
    callbackQueryId: tap.callbackQueryId,
    ...(await post(context, { callback_query: callbackQuery })),
  };
}

/** The customer sets (or, with '', removes) their reaction to a message. */
export async function react(
  context: StandInContext,
  chatId: number,
  messageId: number,
  emoji: string,
): Promise<Posted> {
  const stored = existing(context, chatId, messageId);
  if (emoji !== '' && !reactionEmoji.has(emoji))
    throw new CustomerActionError(400, `${emoji} is not a reaction Telegram offers`);
  const chat = context.store.chat(chatId);
  const before = stored.reactions.customer;
  if (emoji === '') delete stored.reactions.customer;
  else stored.reactions.customer = emoji;
  const asReaction = (value: string | undefined) => (value ? [{ type: 'emoji', emoji: value }] : []);
  return post(context, {
    message_reaction: {
      chat: chat?.chat,
      message_id: messageId,
      user: chat?.user,
      date: Math.floor(Date.now() / 1000),
      old_reaction: asReaction(before),
      new_reaction: asReaction(emoji),
    },
  });
}

/** The customer blocks the bot: its sends to the chat answer 403 until the customer writes again. */
export function block(context: StandInContext, chatId: number): void {
  const chat = context.store.chat(chatId);
  if (!chat) throw new CustomerActionError(404, `no chat ${chatId}`);
  chat.blocked = true;
}

function existing(context: StandInContext, chatId: number, messageId: number): StoredMessage {
  const stored = context.store.message(chatId, messageId);
  if (!stored) throw new CustomerActionError(404, `no message ${messageId} in chat ${chatId}`);
  return stored;
}

/** How long a customer call waits for its update's first delivery attempt before answering anyway. */
const firstAttemptWaitMs = 5_000;

async function post(context: StandInContext, kind: TelegramObject): Promise<Posted> {
  const update: Update = { update_id: context.store.nextUpdateId(), ...kind };
  let timer: NodeJS.Timeout | undefined;
  const notYet = new Promise<FirstAttempt>((resolve) => {
    timer = setTimeout(() => resolve({ delivered: false, status: null }), firstAttemptWaitMs);
  });
  const first = await Promise.race([context.queue.enqueue(update).first, notYet]);
  clearTimeout(timer);
  return { updateId: update.update_id, delivered: first.delivered, webhookStatus: first.status };
}
