import { ConnectorSendError } from '@parley/connector-sdk';
import { z } from 'zod';

/** The Bot API's error answer (unknown fields allowed). */
export const botApiErrorSchema = z.object({
  ok: z.literal(false),
  error_code: z.number().int(),
  description: z.string().default(''),
  parameters: z
    .object({ retry_after: z.number().nonnegative().optional(), migrate_to_chat_id: z.number().optional() })
    .optional(),
});
export type BotApiError = z.infer<typeof botApiErrorSchema>;

/**
 * 429 (flood control, with `retry_after`) and 5xx may succeed later. Everything else is final for
 * this send: 400 bad request (chat not found, message too long, …), 401 bad token, 403 the bot was
 * blocked or kicked, 404 unknown method or token, 409 conflict.
 */
export function isRetryable(code: number): boolean {
  return code === 429 || code >= 500;
}

/** Classifies a Bot API answer that is not `ok`; `body` is the parsed JSON, or undefined when it was not JSON. */
export function botApiSendError(httpStatus: number, body: unknown): ConnectorSendError {
  const parsed = botApiErrorSchema.safeParse(body);
  if (!parsed.success) {
    return new ConnectorSendError(
      `Telegram Bot API answered HTTP ${httpStatus}`,
      `http_${httpStatus}`,
      isRetryable(httpStatus),
      httpStatus,
    );
  }
  const { error_code: code, description, parameters } = parsed.data;
  const retryAfter = parameters?.retry_after;
  return new ConnectorSendError(
    `Telegram Bot API error ${code}: ${description || 'no description'}`,
    String(code),
    isRetryable(code),
    httpStatus,
    retryAfter === undefined ? undefined : retryAfter * 1000,
  );
}

/**
 * A request that got no answer: refused connection, reset, DNS failure or timeout. Always
 * retryable. The bot token is part of every Bot API URL, so it is removed from the message and
 * the original error is not kept as the cause.
 */
export function networkSendError(cause: unknown, botToken: string): ConnectorSendError {
  const timedOut = cause instanceof Error && (cause.name === 'TimeoutError' || cause.name === 'AbortError');
  const reason = timedOut ? 'timed out' : cause instanceof Error ? describe(cause) : String(cause);
  return new ConnectorSendError(
    `Telegram Bot API request failed: ${redact(reason, botToken)}`,
    'network',
    true,
  );
}

function describe(error: Error): string {
  const code = (error.cause as { code?: unknown } | undefined)?.code;
  return typeof code === 'string' ? `${error.message} (${code})` : error.message;
}

/** Replaces the bot token, and its secret part alone, wherever it appears. */
export function redact(text: string, botToken: string): string {
  const secretPart = botToken.slice(botToken.indexOf(':') + 1);
  return text.replaceAll(botToken, '<bot token>').replaceAll(secretPart, '<bot token>');
}
