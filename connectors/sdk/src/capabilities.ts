import type { MediaKind } from './normalized-event.schema.js';

export interface TextLimits {
  maxLength: number;
}

export interface InteractiveFrameLimits {
  maxBodyLength: number;
  /** null: the channel has no header/footer (they are rejected). */
  maxHeaderLength: number | null;
  maxFooterLength: number | null;
}

export interface ReplyButtonLimits {
  maxButtons: number;
  maxTitleLength: number;
  maxIdLength: number;
}

export interface ListLimits {
  maxButtonLabelLength: number;
  maxSections: number;
  /** Rows across all sections. */
  maxRows: number;
  maxSectionTitleLength: number;
  maxRowTitleLength: number;
  maxRowDescriptionLength: number;
  maxRowIdLength: number;
}

export interface MediaLimits {
  maxBytes: number;
  mimeTypes: readonly string[];
  maxCaptionLength: number | null;
}

/**
 * What a channel can carry and within which limits. `null` means the channel does not support it;
 * the capability check turns a message that needs it into an error naming the limit.
 */
export interface Capabilities {
  text: TextLimits;
  interactive: InteractiveFrameLimits;
  replyButtons: ReplyButtonLimits | null;
  list: ListLimits | null;
  ctaUrl: { maxDisplayTextLength: number } | null;
  callButton: { maxDisplayTextLength: number } | null;
  templates: { maxParameters: number } | null;
  media: Partial<Record<MediaKind, MediaLimits>>;
  location: boolean;
  reactions: boolean;
  /** Hours a customer's message keeps free-form replies open; null when the channel has no window. */
  customerServiceWindowHours: number | null;
  /**
   * Whether the platform reports delivery statuses (sent, delivered, read, failed) by webhook.
   * Where it does not (Telegram), an accepted send counts as delivered.
   */
  deliveryReports: boolean;
  /** Messages per second the platform accepts from one account by default. */
  throughputPerSecond: number;
  /**
   * Whether a customer can be addressed by a business-scoped user id alone (WhatsApp's BSUID, for
   * customers who hide their phone number behind a username).
   */
  businessScopedUserIds: boolean;
}

/**
 * How the platform delivers webhooks. `shared`: every account's webhooks come to one URL,
 * authenticated with an app-level secret, and name their account inside (WhatsApp). `per-account`:
 * each account is given its own URL and secret when it is connected (Telegram's setWebhook).
 */
export interface WebhookDelivery {
  routing: 'shared' | 'per-account';
  /** What proves a delivery genuine, for error messages: "the X-Hub-Signature-256 signature". */
  authentication: string;
}

export interface ConnectorManifest<Id extends string = string> {
  id: Id;
  displayName: string;
  capabilities: Capabilities;
  webhooks: WebhookDelivery;
}
