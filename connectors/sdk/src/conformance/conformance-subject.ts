import type { Connector, Headers, Query } from '../connector.js';
import type { InboundEvent } from '../normalized-event.schema.js';
import type { OutboundMessage } from '../normalized-message.schema.js';

/** A canned platform answer for the fake fetch the kit passes to the connector. */
export interface PlatformResponse {
  status: number;
  body: unknown;
  headers?: Record<string, string>;
}

/**
 * Everything the conformance kit needs to prove a connector. Each connector's test file builds one
 * and calls `runConformanceKit(subject)`.
 */
export interface ConformanceSubject<Config> {
  connector: Connector<string, Config>;
  validConfig: Config;
  /** Configurations missing a credential or with a malformed one; each must be rejected. */
  invalidConfigs: { name: string; config: unknown }[];
  /** Headers that make `rawBody` a genuine delivery (e.g. the HMAC signature, or the secret header). */
  sign(rawBody: Buffer, config: Config): Headers;
  /**
   * How the platform proves a delivery is its own: `signature` covers the body (a tampered body must
   * fail), `secret` is a shared secret sent with every delivery (a wrong secret must fail).
   */
  authentication: 'signature' | 'secret';
  handshake?: {
    valid: Query;
    expectedBody: string;
    /** Refused handshakes and why: a missing or malformed parameter, or a wrong token. */
    invalid: { query: Query; reason: 'invalid' | 'forbidden' }[];
  };
  /** Webhook bodies and the events each must parse to. */
  fixtures: { name: string; body: unknown; expected: InboundEvent[] }[];
  /** JSON bodies that are not this channel's webhooks. */
  notWebhooks: unknown[];
  /** The platform's answer to a successful send, and the platform id it carries. */
  sendSuccess: { response: PlatformResponse; platformMessageId: string };
  /** Messages the channel carries (each must become a request) and ones it cannot (each a capability error naming `limit`). */
  messages: { name: string; message: OutboundMessage; expect: 'request' | { limit: string } }[];
  /** Error answers and how they must be classified. */
  errors: { name: string; response: PlatformResponse; retryable: boolean; platformCode: string }[];
  /**
   * Sends go to this channel account and recipient; `toUserId` is a business-scoped user id to
   * address the recipient by, for channels with `businessScopedUserIds`.
   */
  recipient: { channelAccountId: string; to: string; toUserId?: string };
}
