import type { AnyConnector } from '@parley/connector-sdk';
import { telegramConnector } from '@parley/connector-telegram';
import { whatsappConnector } from '@parley/connector-whatsapp';

export const connectorIds = ['whatsapp', 'telegram'] as const;
export type ConnectorId = (typeof connectorIds)[number];

/** Every channel connector, listed explicitly; the type makes a missing one a compile error. */
export const connectors = {
  whatsapp: whatsappConnector,
  telegram: telegramConnector,
} satisfies { readonly [K in ConnectorId]: AnyConnector<K> };

export function isConnectorId(value: string): value is ConnectorId {
  return (connectorIds as readonly string[]).includes(value);
}
