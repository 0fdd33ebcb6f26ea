import type { Connector } from '@parley/connector-sdk';
import { whatsappConnector } from '@parley/connector-whatsapp';

export const connectorIds = ['whatsapp'] as const;
export type ConnectorId = (typeof connectorIds)[number];

/** Every channel connector, listed explicitly; the type makes a missing one a compile error. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- each connector has its own config type
export const connectors: { readonly [K in ConnectorId]: Connector<any> } = {
  whatsapp: whatsappConnector,
};

export function isConnectorId(value: string): value is ConnectorId {
  return (connectorIds as readonly string[]).includes(value);
}
