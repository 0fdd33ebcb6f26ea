import {
  CapabilityError,
  checkCapabilities,
  checkRecipient,
  ConnectorSendError,
  type SendRequest,
  type SendResult,
} from '@parley/connector-sdk';
import { z } from 'zod';
import { invalidResponse, type BotApiClient } from './bot-api.client.js';
import { callbackDataIssues } from './inline-keyboard.js';
import { telegramManifest } from './manifest.js';
import { botApiRequest } from './outbound-request.js';
import { platformMessageId } from './platform-id.js';

const sentMessageSchema = z.object({
  message_id: z.number().int(),
  chat: z.object({ id: z.number().int() }),
});

/**
 * Checks the recipient (a chat id: Telegram has no business-scoped user ids) and the message
 * against Telegram's capabilities, then sends it. Telegram has no idempotency
 * key, so `idempotencyKey` is not passed on: a send retried after a timeout may arrive twice.
 * A reaction's platform id is the id of the message reacted to (Telegram gives none of its own).
 */
export async function sendTelegramMessage(
  api: BotApiClient,
  botId: string,
  request: SendRequest,
): Promise<SendResult> {
  const { message } = request;
  const issues = [
    ...checkRecipient(request, telegramManifest.capabilities, 'Telegram'),
    ...checkCapabilities(message, telegramManifest.capabilities, 'Telegram'),
    ...callbackDataIssues(message),
  ];
  // checkRecipient names a missing chat id; the second test only tells the compiler so.
  if (issues.length > 0 || request.to === undefined) throw new CapabilityError(issues);
  if (request.channelAccountId !== botId) {
    throw new ConnectorSendError(
      `This client sends as bot ${botId}, not as channel account ${request.channelAccountId}`,
      'channel_account_mismatch',
      false,
    );
  }
  const { method, params } = botApiRequest(request.to, message, request.replyTo);
  const result = await api.call(method, params);
  if (message.type === 'reaction') return { platformMessageId: message.messageId };
  const sent = sentMessageSchema.safeParse(result);
  if (!sent.success) throw invalidResponse(method);
  return { platformMessageId: platformMessageId(sent.data.chat.id, sent.data.message_id) };
}
