import { botIdOf } from '@parley/connector-telegram';
import type { AppConfig } from '../infrastructure/config/config.schema.js';
import type { ConnectorId } from './connectors.js';

export interface ChannelSettings {
  /** The connector's configuration, parsed by its own schema. */
  config: unknown;
  /** The channel accounts Parley answers for; events for others are ignored. */
  accounts: string[];
}

/** Which channels this deployment has, from the environment. WhatsApp always; Telegram when its bot token is set. */
export function channelSettings(config: AppConfig): Partial<Record<ConnectorId, ChannelSettings>> {
  const settings: Partial<Record<ConnectorId, ChannelSettings>> = {
    whatsapp: {
      config: {
        apiBaseUrl: config.WHATSAPP_API_BASE_URL,
        graphVersion: config.WHATSAPP_GRAPH_VERSION,
        accessToken: config.WHATSAPP_ACCESS_TOKEN,
        appSecret: config.WHATSAPP_APP_SECRET,
        verifyToken: config.WHATSAPP_VERIFY_TOKEN,
      },
      accounts: [
        config.WHATSAPP_PHONE_NUMBER_ID,
        ...(config.WHATSAPP_BUSINESS_ACCOUNT_ID ? [config.WHATSAPP_BUSINESS_ACCOUNT_ID] : []),
      ],
    },
  };
  if (config.TELEGRAM_BOT_TOKEN) {
    settings.telegram = {
      config: {
        apiBaseUrl: config.TELEGRAM_API_BASE_URL,
        botToken: config.TELEGRAM_BOT_TOKEN,
        webhookSecret: config.TELEGRAM_WEBHOOK_SECRET,
      },
      accounts: [botIdOf(config.TELEGRAM_BOT_TOKEN)],
    };
  }
  return settings;
}
