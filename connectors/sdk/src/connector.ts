import type { z } from 'zod';
import type { InboundEvent } from './normalized-event.schema.js';
import type { SendRequest, SendResult } from './normalized-message.schema.js';

export type HeaderValue = string | string[] | undefined;
export type Headers = Record<string, HeaderValue>;
export type Query = Record<string, string | string[] | undefined>;

export interface ConnectorManifest {
  id: string;
  displayName: string;
  /** Hours a customer's message keeps free-form replies open, or null when the channel has no window. */
  customerServiceWindowHours: number | null;
}

export type HandshakeResult = { ok: true; body: string } | { ok: false };

/** A configured channel: what the engine calls to take webhooks and to send. */
export interface ChannelClient {
  /** The platform's webhook subscription handshake (a GET); `ok: false` means answer 403. */
  handshake(query: Query): HandshakeResult;
  /** Checks the webhook's signature over the raw body, timing-safe. */
  verifySignature(rawBody: Buffer, headers: Headers): boolean;
  /** Parses a verified webhook body; throws WebhookPayloadError when it is not this channel's payload. */
  parseWebhook(body: unknown): InboundEvent[];
  /** Sends one message; throws ConnectorSendError, classified retryable or permanent. */
  send(request: SendRequest): Promise<SendResult>;
}

export interface Connector<Config> {
  manifest: ConnectorManifest;
  /** Parses the channel's configuration; secrets are listed in `secretKeys`. */
  configSchema: z.ZodType<Config>;
  secretKeys: readonly (keyof Config & string)[];
  create(config: Config, options?: { fetch?: typeof fetch }): ChannelClient;
}
