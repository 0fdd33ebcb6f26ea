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
}

export interface ConnectorManifest<Id extends string = string> {
  id: Id;
  displayName: string;
  capabilities: Capabilities;
}
