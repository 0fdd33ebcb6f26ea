import type { ConnectorId } from '../channels/connectors.js';
import type { AppConfig } from '../infrastructure/config/config.schema.js';

/** Each channel's platform API, where real customers are; any other base URL is a stand-in. */
const platformHosts = {
  whatsapp: { host: 'graph.facebook.com', baseUrl: (config) => config.WHATSAPP_API_BASE_URL },
  telegram: { host: 'api.telegram.org', baseUrl: (config) => config.TELEGRAM_API_BASE_URL },
} satisfies Record<ConnectorId, { host: string; baseUrl: (config: AppConfig) => string }>;

/**
 * Whether the installation's accounts of `channel` talk to a sandbox (the WhatsApp Cloud API
 * sandbox, the Telegram stand-in) rather than the platform: `npm start` points the channel's base
 * URL at the sandbox when no platform credentials are configured. Only their customers — the
 * sandbox's customer phone — may be sent a test run of a draft.
 */
export function isSandboxChannel(channel: ConnectorId, config: AppConfig): boolean {
  const platform = platformHosts[channel];
  return new URL(platform.baseUrl(config)).hostname !== platform.host;
}
