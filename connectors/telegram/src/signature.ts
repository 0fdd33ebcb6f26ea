import { headerValue, timingSafeStringEqual, type Headers } from '@parley/connector-sdk';

/** Telegram sends setWebhook's secret_token back in this header with every update. */
export const SECRET_TOKEN_HEADER = 'x-telegram-bot-api-secret-token';

/**
 * True when the headers carry exactly one secret token header equal to the webhook secret
 * (timing-safe). Telegram does not sign bodies: the header proves the sender, not the body.
 */
export function verifySecretToken(webhookSecret: string, headers: Headers): boolean {
  const token = headerValue(headers, SECRET_TOKEN_HEADER);
  if (token === undefined) return false;
  return timingSafeStringEqual(token, webhookSecret);
}
