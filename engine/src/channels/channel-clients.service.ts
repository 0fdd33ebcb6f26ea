import { Inject, Injectable } from '@nestjs/common';
import type { AnyConnector, ChannelClient } from '@parley/connector-sdk';
import { APP_CONFIG } from '../infrastructure/config/config.module.js';
import type { AppConfig } from '../infrastructure/config/config.schema.js';
import { ApiError } from '../infrastructure/http/api-error.js';
import { channelSettings } from './channel-settings.js';
import { type ConnectorId, connectorIds, connectors, isConnectorId } from './connectors.js';

interface Channel {
  client: ChannelClient;
  accounts: ReadonlySet<string>;
}

/** The client of each configured channel, and the channel accounts Parley answers for. */
@Injectable()
export class ChannelClients {
  private readonly channels = new Map<ConnectorId, Channel>();

  constructor(@Inject(APP_CONFIG) config: AppConfig) {
    const settings = channelSettings(config);
    for (const id of connectorIds) {
      const channel = settings[id];
      if (!channel) continue;
      const connector: AnyConnector = connectors[id];
      const client = connector.create(connector.configSchema.parse(channel.config));
      this.channels.set(id, { client, accounts: new Set(channel.accounts) });
    }
  }

  /** A configured channel by name; 404 for an unknown or unconfigured one. */
  channel(name: string): { id: ConnectorId; client: ChannelClient } {
    const channel = isConnectorId(name) ? this.channels.get(name) : undefined;
    if (!channel) throw new ApiError(404, 'UNKNOWN_CONNECTOR', `no configured connector named ${name}`);
    return { id: name as ConnectorId, client: channel.client };
  }

  /** Whether events for this channel account are Parley's to handle. */
  servesAccount(id: ConnectorId, channelAccountId: string): boolean {
    return this.channels.get(id)?.accounts.has(channelAccountId) ?? false;
  }
}
