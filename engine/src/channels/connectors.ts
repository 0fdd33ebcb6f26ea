import type { AnyConnector } from '@parley/connector-sdk';
import type { ChannelId } from '@parley/contracts';
import { telegramConnector } from '@parley/connector-telegram';
import { whatsappConnector } from '@parley/connector-whatsapp';
import type { AppConfig } from '../infrastructure/config/config.schema.js';

export const connectorIds = ['whatsapp', 'telegram'] as const satisfies readonly ChannelId[];
export type ConnectorId = (typeof connectorIds)[number];

export interface ChannelRegistration<Id extends ConnectorId> {
  connector: AnyConnector<Id>;
  /**
   * The app-level part of every account's configuration, from the environment; undefined when the
   * installation lacks what the channel needs (WhatsApp without a Meta app secret).
   */
  settings(config: AppConfig): Record<string, unknown> | undefined;
  /** What to set in the environment to enable the channel, for the error when it is not. */
  requires: string;
}

/** Every channel connector, listed explicitly; the type makes a missing one a compile error. */
export const channels = {
  whatsapp: {
    connector: whatsappConnector,
    settings: (config) =>
      config.WHATSAPP_APP_SECRET && config.WHATSAPP_VERIFY_TOKEN
        ? {
            apiBaseUrl: config.WHATSAPP_API_BASE_URL,
            graphVersion: config.WHATSAPP_GRAPH_VERSION,
            appSecret: config.WHATSAPP_APP_SECRET,
            verifyToken: config.WHATSAPP_VERIFY_TOKEN,
          }
        : undefined,
    requires: 'WHATSAPP_APP_ID, WHATSAPP_APP_SECRET and WHATSAPP_VERIFY_TOKEN',
  },
  telegram: {
    connector: telegramConnector,
    settings: (config) => ({ apiBaseUrl: config.TELEGRAM_API_BASE_URL }),
    requires: 'TELEGRAM_API_BASE_URL',
  },
} satisfies { readonly [K in ConnectorId]: ChannelRegistration<K> };

export function isConnectorId(value: string): value is ConnectorId {
  return (connectorIds as readonly string[]).includes(value);
}

/** A stored channel name as the contract's channel id (rows hold only connectors' ids). */
export function channelIdOf(channel: string): ConnectorId {
  return channel === 'telegram' ? 'telegram' : 'whatsapp';
}
