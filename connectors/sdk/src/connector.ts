import type { z } from 'zod';
import type { ConnectorManifest } from './capabilities.js';
import type { InboundEvent } from './normalized-event.schema.js';
import type { SendRequest, SendResult } from './normalized-message.schema.js';

export type HeaderValue = string | string[] | undefined;
export type Headers = Record<string, HeaderValue>;
export type Query = Record<string, string | string[] | undefined>;

export type HandshakeResult = { ok: true; body: string } | { ok: false };

export interface DownloadedMedia {
  data: Buffer;
  mimeType: string;
  sha256?: string;
  filename?: string;
}

/**
 * A configured channel: what the engine calls to take webhooks and to send. Every connector
 * implements the first four; the optional ones exist where the platform has the feature.
 */
export interface ChannelClient {
  readonly manifest: ConnectorManifest;
  /** Checks that a webhook request comes from the platform (a signature or a secret header), timing-safe. */
  verifySignature(rawBody: Buffer, headers: Headers): boolean;
  /** Parses a verified webhook body; throws WebhookPayloadError when it is not this channel's payload. */
  parseWebhook(body: unknown): InboundEvent[];
  /**
   * Checks the message against the channel's capabilities (CapabilityError), then sends it;
   * throws ConnectorSendError classified retryable or permanent, keeping the platform's code.
   */
  send(request: SendRequest): Promise<SendResult>;
  /** The platform's webhook subscription handshake (a GET); `ok: false` means answer 403. */
  handshake?(query: Query): HandshakeResult;
  /** Fetches media a customer sent, by the id in the inbound event. */
  downloadMedia?(mediaId: string): Promise<DownloadedMedia>;
  /** Answers an interaction the platform waits on (Telegram: answerCallbackQuery). */
  acknowledgeInteraction?(interactionId: string): Promise<void>;
}

export interface ConnectorOptions {
  fetch?: typeof fetch;
  /** Per-request timeout; default 10 s. */
  timeoutMs?: number;
}

export interface Connector<Id extends string = string, Config = unknown> {
  manifest: ConnectorManifest<Id>;
  /** Parses the channel's configuration; the secrets among its keys are listed in `secretKeys`. */
  configSchema: z.ZodType<Config>;
  secretKeys: readonly (keyof Config & string)[];
  create(config: Config, options?: ConnectorOptions): ChannelClient;
}

/** A connector whatever its configuration type, for registries that hold several. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- each connector has its own config type
export type AnyConnector<Id extends string = string> = Connector<Id, any>;
