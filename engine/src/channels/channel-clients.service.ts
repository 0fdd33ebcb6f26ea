import { Inject, Injectable } from '@nestjs/common';
import type { ChannelClient } from '@parley/connector-sdk';
import { APP_CONFIG } from '../infrastructure/config/config.module.js';
import type { AppConfig } from '../infrastructure/config/config.schema.js';
import { type ConnectorId, connectors } from './connectors.js';

/** The configured client of each channel, and the channel accounts Parley answers for. */
@Injectable()
export class ChannelClients {
  private readonly clients: Record<ConnectorId, ChannelClient>;
  private readonly accounts: Record<ConnectorId, ReadonlySet<string>>;

  constructor(@Inject(APP_CONFIG) config: AppConfig) {
    const whatsapp = connectors.whatsapp.configSchema.parse({
      apiBaseUrl: config.WHATSAPP_API_BASE_URL,
      graphVersion: config.WHATSAPP_GRAPH_VERSION,
      accessToken: config.WHATSAPP_ACCESS_TOKEN,
      appSecret: config.WHATSAPP_APP_SECRET,
      verifyToken: config.WHATSAPP_VERIFY_TOKEN,
    });
    this.clients = { whatsapp: connectors.whatsapp.create(whatsapp) };
    this.accounts = { whatsapp: new Set([config.WHATSAPP_PHONE_NUMBER_ID]) };
  }

  get(id: ConnectorId): ChannelClient {
    return this.clients[id];
  }

  /** Whether events for this channel account are Parley's to handle. */
  servesAccount(id: ConnectorId, channelAccountId: string): boolean {
    return this.accounts[id].has(channelAccountId);
  }
}
