import { Inject, Injectable } from '@nestjs/common';
import type { AnyConnector, ChannelClient, WebhookReceiver } from '@parley/connector-sdk';
import {
  createTelegramManagement,
  type TelegramManagement,
  telegramConfigSchema,
} from '@parley/connector-telegram';
import {
  createWhatsAppManagementClient,
  type WhatsAppManagementClient,
  whatsappManagementConfigSchema,
} from '@parley/connector-whatsapp';
import { APP_CONFIG } from '../infrastructure/config/config.module.js';
import type { AppConfig } from '../infrastructure/config/config.schema.js';
import type { SecretBox } from '../infrastructure/crypto/secret-box.js';
import { SECRET_BOX } from '../infrastructure/crypto/secret-box.provider.js';
import { ApiError } from '../infrastructure/http/api-error.js';
import { type ConnectorId, channels, connectorIds, isConnectorId } from './connectors.js';

/** What `clientFor` reads of an account row. */
export interface AccountCredentials {
  id: string;
  channel: string;
  credentials: string | null;
  disconnectedAt?: Date | string | null;
}

/** The sealed credentials of an account are bound to its row: they open for this account only. */
const credentialsBinding = (accountId: string) => `channel_account:${accountId}`;

/**
 * The connectors, configured: the shared webhook receiver of each channel that has one, and a
 * client per channel account built from the app-level settings and the account's own credentials.
 */
@Injectable()
export class ChannelClients {
  private readonly receivers = new Map<ConnectorId, WebhookReceiver>();
  private readonly clients = new Map<string, { version: string; client: ChannelClient }>();

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(SECRET_BOX) private readonly box: SecretBox,
  ) {
    for (const id of connectorIds) {
      const connector: AnyConnector = channels[id].connector;
      const settings = channels[id].settings(config);
      const shared = connector.sharedWebhooks;
      if (settings && shared) this.receivers.set(id, shared.create(shared.settingsSchema.parse(settings)));
    }
  }

  /** The app-level settings of a channel; 409 CHANNEL_NOT_CONFIGURED naming what to set when missing. */
  settings(id: ConnectorId): Record<string, unknown> {
    const settings = channels[id].settings(this.config);
    if (!settings)
      throw new ApiError(
        409,
        'CHANNEL_NOT_CONFIGURED',
        `${channels[id].connector.manifest.displayName} needs ${channels[id].requires}`,
      );
    return settings;
  }

  /** The receiver of a channel whose webhooks share one URL; 404 for any other name. */
  sharedReceiver(name: string): { id: ConnectorId; receiver: WebhookReceiver } {
    const receiver = isConnectorId(name) ? this.receivers.get(name) : undefined;
    if (!receiver)
      throw new ApiError(
        404,
        'UNKNOWN_CONNECTOR',
        `no configured connector takes webhooks at /webhooks/${name}`,
      );
    return { id: name as ConnectorId, receiver };
  }

  /** A client of a channel with an account's own credentials. */
  private clientWith(id: ConnectorId, credentials: Record<string, unknown>): ChannelClient {
    const connector: AnyConnector = channels[id].connector;
    return connector.create(connector.configSchema.parse({ ...this.settings(id), ...credentials }));
  }

  /** Meta's management API (signup, numbers, webhooks, templates), with a business's token or without. */
  whatsappManagement(accessToken?: string): WhatsAppManagementClient {
    return createWhatsAppManagementClient(
      whatsappManagementConfigSchema.parse({
        ...this.settings('whatsapp'),
        ...(accessToken ? { accessToken } : {}),
      }),
    );
  }

  /** A bot's own settings (its webhook, who it is), with its token and webhook secret. */
  telegramManagement(credentials: Record<string, unknown>): TelegramManagement {
    return createTelegramManagement(
      telegramConfigSchema.parse({ ...this.settings('telegram'), ...credentials }),
    );
  }

  sealCredentials(accountId: string, credentials: Record<string, unknown>): string {
    return this.box.sealJson(credentials, credentialsBinding(accountId));
  }

  openCredentials(accountId: string, sealed: string): Record<string, unknown> {
    return this.box.openJson(sealed, credentialsBinding(accountId)) as Record<string, unknown>;
  }

  /**
   * The client of a connected account, from its row (cached until its credentials change);
   * undefined once disconnected.
   */
  clientFor(account: AccountCredentials): { id: ConnectorId; client: ChannelClient } | undefined {
    if (!account.credentials || account.disconnectedAt || !isConnectorId(account.channel)) return undefined;
    const id = account.channel;
    const cached = this.clients.get(account.id);
    if (cached?.version === account.credentials) return { id, client: cached.client };
    const client = this.clientWith(id, this.openCredentials(account.id, account.credentials));
    this.clients.set(account.id, { version: account.credentials, client });
    return { id, client };
  }
}
