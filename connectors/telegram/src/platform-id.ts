/**
 * Telegram numbers messages per chat, so Parley's platform message id is `<chat id>:<message id>`.
 * Events that are not a message (a button tap, a reaction) carry `update:<update id>`.
 */
export function platformMessageId(chatId: number, messageId: number): string {
  return `${chatId}:${messageId}`;
}

export function updatePlatformId(updateId: number): string {
  return `update:${updateId}`;
}

const messageIdPattern = /^(-?\d+):(\d+)$/;

/** The chat and message of a platform message id; undefined when it is not one (e.g. `update:…`). */
export function parsePlatformMessageId(id: string): { chatId: number; messageId: number } | undefined {
  const match = messageIdPattern.exec(id);
  if (!match?.[1] || !match[2]) return undefined;
  return { chatId: Number(match[1]), messageId: Number(match[2]) };
}

/** A recipient as Bot API's chat_id: the numeric chat id, or a channel's `@username` as is. */
export function chatIdParam(to: string): number | string {
  return /^-?\d+$/.test(to) ? Number(to) : to;
}
