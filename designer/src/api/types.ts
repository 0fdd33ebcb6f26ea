/** Wire types of the engine's inbox API (`/api/conversations…`, `/api/events`, `/health`). */

export const CHANNELS = ['whatsapp', 'telegram'] as const;

/** The messaging channel of a conversation; one this UI does not know yet is `'other'`. */
export type Channel = (typeof CHANNELS)[number] | 'other';

export interface Conversation {
  id: string;
  channel: Channel;
  channelAccountId: string;
  /** WhatsApp: the wa_id (the phone number's digits). Telegram: the chat id. */
  contact: { id: string; name: string | null };
  lastMessageAt: string;
  lastMessagePreview: string | null;
  lastInboundAt: string | null;
  createdAt: string;
}

export const MESSAGE_STATUSES = [
  'received',
  'pending',
  'accepted',
  'sent',
  'delivered',
  'read',
  'failed',
] as const;

export type MessageStatus = (typeof MESSAGE_STATUSES)[number];

export const MEDIA_KINDS = ['image', 'video', 'audio', 'document', 'sticker'] as const;
export type MediaKind = (typeof MEDIA_KINDS)[number];

export const MESSAGE_TYPES = [
  'text',
  ...MEDIA_KINDS,
  'location',
  'contacts',
  'interactive_reply',
  'template_reply',
  'reaction',
  'unsupported',
] as const;

/** The kind of a message; one this UI does not know yet is `'unsupported'`. */
export type MessageType = (typeof MESSAGE_TYPES)[number];

/** Normalized content of a media message; the file itself is described by `Message.media`. */
export interface MediaContent {
  type: MediaKind;
  mediaId: string;
  mimeType?: string;
  sha256?: string;
  caption?: string;
  filename?: string;
  /** Audio recorded as a voice message. */
  voice?: boolean;
  /** A GIF-like looping video, or an animated sticker. */
  animated?: boolean;
}

export interface LocationContent {
  type: 'location';
  latitude: number;
  longitude: number;
  name?: string;
  address?: string;
  url?: string;
}

export interface SharedContact {
  name: string;
  phones: { phone: string; waId?: string; type?: string }[];
  emails: string[];
  organization?: string;
}

export interface ContactsContent {
  type: 'contacts';
  contacts: SharedContact[];
}

/** A tap on a reply button or a list row Parley sent. */
export interface InteractiveReplyContent {
  type: 'interactive_reply';
  source: 'button' | 'list';
  replyId: string;
  title: string;
  description?: string;
}

/** A tap on a template's quick-reply button. */
export interface TemplateReplyContent {
  type: 'template_reply';
  payload: string;
  text: string;
}

/** A reaction to an earlier message (its platform id); an empty emoji removes the reaction. */
export interface ReactionContent {
  type: 'reaction';
  messageId: string;
  emoji: string;
}

export interface UnsupportedContent {
  type: 'unsupported';
  /** The platform's own name for the kind (or the engine's, for a kind this UI does not know). */
  platformType: string;
}

export type MessageContent =
  | MediaContent
  | LocationContent
  | ContactsContent
  | InteractiveReplyContent
  | TemplateReplyContent
  | ReactionContent
  | UnsupportedContent;

export const MEDIA_STATES = ['pending', 'stored', 'failed'] as const;

/** A file a customer sent, as Parley holds it. */
export interface MessageMedia {
  id: string;
  /** 'pending' while Parley fetches it from the platform. */
  state: (typeof MEDIA_STATES)[number];
  mimeType: string | null;
  sizeBytes: number | null;
  filename: string | null;
  /** Same-origin download URL, set once stored. */
  url: string | null;
}

export interface Message {
  id: string;
  conversationId: string;
  direction: 'inbound' | 'outbound';
  type: MessageType;
  /** The readable text: the text itself, a caption, a tapped button's title…; null when there is none. */
  text: string | null;
  /** Normalized content for every kind but plain text; null when absent or not understood. */
  content: MessageContent | null;
  media: MessageMedia | null;
  status: MessageStatus;
  platformMessageId: string | null;
  error: { code: string; message: string } | null;
  createdAt: string;
  statusUpdatedAt: string;
}

export interface Page<T> {
  items: T[];
  nextCursor: string | null;
}

export type InboxEvent =
  | { type: 'conversation.upserted'; conversation: Conversation }
  | { type: 'message.upserted'; message: Message };

export interface Health {
  status: 'ok' | 'degraded';
  database: { ok: boolean };
  temporal: { ok: boolean };
}
