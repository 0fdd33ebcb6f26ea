import type { z } from 'zod';
import type { ConnectorManifest } from './capabilities.js';
import type { InboundEvent } from './normalized-event.schema.js';
import type { SendRequest, SendResult } from './normalized-message.schema.js';

export type HeaderValue = string | string[] | undefined;
export type Headers = Record<string, HeaderValue>;
export type Query = Record<string, string | string[] | undefined>;

/**
 * The answer to a subscription handshake: the body to echo, or why not — a parameter the platform
 * always sends is missing or malformed (`invalid`, answered 400), or the token does not match
 * (`forbidden`, answered 403).
 */
export type HandshakeResult =
  { ok: true; body: string } | { ok: false; reason: 'invalid' | 'forbidden'; message: string };

/**
 * One independently parseable part of a webhook delivery (WhatsApp: one change of one entry), and
 * the channel account it is about as far as can be told without parsing it, so a part the parser
 * refuses can be kept for its account instead of failing the whole delivery.
 */
export interface WebhookPart {
  body: unknown;
  channelAccountId?: string;
}

export interface DownloadedMedia {
  data: Buffer;
  mimeType: string;
  sha256?: string;
  filename?: string;
}

/** A customer's inbound message, by the channel account it came to and the platform's id for it. */
export interface MarkReadRequest {
  channelAccountId: string;
  platformMessageId: string;
}

/**
 * Where to show the typing indicator: the customer's message being answered, and the customer as
 * a send addresses them (Telegram types into the chat `to`; WhatsApp needs only the message).
 */
export interface ShowTypingRequest extends MarkReadRequest {
  to?: string;
  toUserId?: string;
}

/** What takes a channel's webhooks: authenticity, parsing and the subscription handshake. */
export interface WebhookReceiver {
  readonly manifest: ConnectorManifest;
  /** Checks that a webhook request comes from the platform (a signature or a secret header), timing-safe. */
  verifySignature(rawBody: Buffer, headers: Headers): boolean;
  /** Parses a verified webhook body; throws WebhookPayloadError when it is not this channel's payload. */
  parseWebhook(body: unknown): InboundEvent[];
  /**
   * Splits a verified delivery into parts that parse on their own (each through `parseWebhook`),
   * so one malformed part never costs the others. Without it a delivery is one part.
   */
  splitWebhook?(body: unknown): WebhookPart[];
  /** The platform's webhook subscription handshake (a GET). */
  handshake?(query: Query): HandshakeResult;
}

/**
 * A configured channel account: what the engine calls to take its webhooks and to send. Every
 * connector implements the required members; the optional ones exist where the platform has the
 * feature.
 */
export interface ChannelClient extends WebhookReceiver {
  /**
   * Checks the message against the channel's capabilities (CapabilityError), then sends it;
   * throws ConnectorSendError classified retryable or permanent, keeping the platform's code.
   */
  send(request: SendRequest): Promise<SendResult>;
  /** Fetches media a customer sent, by the id in the inbound event. */
  downloadMedia?(mediaId: string): Promise<DownloadedMedia>;
  /** Answers an interaction the platform waits on (Telegram: answerCallbackQuery). */
  acknowledgeInteraction?(interactionId: string): Promise<void>;
  /**
   * Marks a customer's inbound message read, so the customer sees it was read (WhatsApp's blue
   * ticks; WhatsApp also marks every earlier message of the conversation read). Throws
   * ConnectorSendError classified like `send`. Absent where bots send no read receipts (Telegram).
   */
  markRead?(request: MarkReadRequest): Promise<void>;
  /**
   * Shows the customer a typing indicator while an agent composes a reply. It lasts a few seconds
   * (WhatsApp: until the business replies or 25 s pass, and it marks the message read too;
   * Telegram: sendChatAction `typing`, about 5 s): call it again to keep it showing. Throws
   * ConnectorSendError classified like `send`.
   */
  showTyping?(request: ShowTypingRequest): Promise<void>;
}

export interface ConnectorOptions {
  fetch?: typeof fetch;
  /** Per-request timeout; default 10 s. */
  timeoutMs?: number;
}

export interface Connector<Id extends string = string, Config = unknown, Settings = unknown> {
  manifest: ConnectorManifest<Id>;
  /** Parses one account's configuration; the secrets among its keys are listed in `secretKeys`. */
  configSchema: z.ZodType<Config>;
  secretKeys: readonly (keyof Config & string)[];
  /**
   * The keys each account brings when it is connected (an access token, a bot token): stored
   * encrypted with the account. The other keys are app-level settings from the environment.
   */
  credentialKeys: readonly (keyof Config & string)[];
  create(config: Config, options?: ConnectorOptions): ChannelClient;
  /**
   * Channels with `webhooks.routing: 'shared'`: the receiver of the one webhook URL, built from
   * the app-level settings alone (a part of `Config` without any account's credentials).
   */
  sharedWebhooks?: {
    settingsSchema: z.ZodType<Settings>;
    create(settings: Settings, options?: ConnectorOptions): WebhookReceiver;
  };
}

/** A connector whatever its configuration type, for registries that hold several. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- each connector has its own config type
export type AnyConnector<Id extends string = string> = Connector<Id, any, any>;
