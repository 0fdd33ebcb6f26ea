import { runConformanceKit, type ConformanceSubject } from '@parley/connector-sdk/conformance';
import type { TelegramConfig } from './config.schema.js';
import { interactionUpdates, notUpdates } from './fixtures/interaction-updates.fixture.js';
import { messageUpdates } from './fixtures/message-updates.fixture.js';
import { errorCases, outboundCases } from './fixtures/outbound-messages.fixture.js';
import { botUser, customerChat, sentAt, testBot, testBotConfig } from './fixtures/test-bot.fixture.js';
import { SECRET_TOKEN_HEADER } from './signature.js';
import { telegramConnector } from './telegram.connector.js';

const validConfig = testBotConfig();
const subject: ConformanceSubject<TelegramConfig> = {
  connector: telegramConnector,
  validConfig,
  invalidConfigs: [
    { name: 'a missing bot token', config: { webhookSecret: testBot.webhookSecret } },
    {
      name: 'a bot token without the bot id',
      config: { ...validConfig, botToken: 'AAF-parley_test_token_0123456789abc' },
    },
    {
      name: 'a bot token with a short secret part',
      config: { ...validConfig, botToken: '7012345678:short' },
    },
    { name: 'a missing webhook secret', config: { botToken: testBot.token } },
    {
      name: 'a webhook secret with characters Telegram refuses',
      config: { ...validConfig, webhookSecret: 'has spaces!' },
    },
    {
      name: 'a webhook secret over 256 characters',
      config: { ...validConfig, webhookSecret: 's'.repeat(257) },
    },
    {
      name: 'an API base URL that is not http(s)',
      config: { ...validConfig, apiBaseUrl: 'ftp://api.telegram.org' },
    },
  ],
  // Telegram does not sign bodies: it sends the secret given to setWebhook with every delivery.
  sign: (_rawBody, config) => ({ [SECRET_TOKEN_HEADER]: config.webhookSecret }),
  authentication: 'secret',
  fixtures: [...messageUpdates, ...interactionUpdates],
  notWebhooks: notUpdates,
  sendSuccess: {
    response: {
      status: 200,
      body: {
        ok: true,
        result: { message_id: 42, from: botUser, chat: customerChat, date: sentAt, text: 'Hello' },
      },
    },
    platformMessageId: `${testBot.customerChatId}:42`,
  },
  messages: outboundCases,
  errors: errorCases,
  recipient: { channelAccountId: testBot.id, to: String(testBot.customerChatId) },
};

runConformanceKit(subject);
