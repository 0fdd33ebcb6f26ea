import { ConnectorSendError, type ShowTypingRequest } from '@parley/connector-sdk';
import { invalidResponse, type BotApiClient } from './bot-api.client.js';
import { chatIdParam, parsePlatformMessageId } from './platform-id.js';

/**
 * Shows "typing…" in the customer's chat with sendChatAction: in the chat `to`, else the chat of
 * the message being answered (`<chat id>:<message id>`). Telegram shows it for about 5 s or until
 * the bot's next message. Errors are classified like sends (403: the bot was blocked, permanent).
 */
export async function sendTypingAction(
  api: BotApiClient,
  botId: string,
  request: ShowTypingRequest,
): Promise<void> {
  if (request.channelAccountId !== botId) {
    throw new ConnectorSendError(
      `This client acts as bot ${botId}, not as channel account ${request.channelAccountId}`,
      'channel_account_mismatch',
      false,
    );
  }
  const chatId =
    request.to === undefined
      ? parsePlatformMessageId(request.platformMessageId)?.chatId
      : chatIdParam(request.to);
  if (chatId === undefined) {
    throw new ConnectorSendError(
      `A typing indicator needs the chat: give \`to\` or a message id of the form <chat id>:<message id> (got ${request.platformMessageId})`,
      'invalid_request',
      false,
    );
  }
  const result = await api.call('sendChatAction', { chat_id: chatId, action: 'typing' });
  if (result !== true) throw invalidResponse('sendChatAction');
}
