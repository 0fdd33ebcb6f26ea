import type { InboundContent } from '@parley/connector-sdk';
import type { ReactionType, TelegramFile, TelegramMessage } from './update.schema.js';

type Media = Extract<InboundContent, { mediaId: string }>;

/** Fields every message has; any other field names what the message carries. */
const envelopeFields = new Set([
  'message_id',
  'message_thread_id',
  'from',
  'sender_chat',
  'sender_boost_count',
  'sender_business_bot',
  'date',
  'business_connection_id',
  'chat',
  'forward_origin',
  'is_topic_message',
  'is_automatic_forward',
  'reply_to_message',
  'external_reply',
  'quote',
  'reply_to_story',
  'via_bot',
  'edit_date',
  'has_protected_content',
  'is_from_offline',
  'media_group_id',
  'author_signature',
  'entities',
  'caption_entities',
  'link_preview_options',
  'reply_markup',
  'effect_id',
  'show_caption_above_media',
  'has_media_spoiler',
  'paid_star_count',
  'caption',
]);

/**
 * The normalized content of a customer's message. A photo is its largest size; a voice note is
 * audio with `voice`; an animation (GIF) is an animated video; a venue is a location with its name.
 */
export function messageContent(message: TelegramMessage): InboundContent {
  const caption = message.caption === undefined ? {} : { caption: message.caption };
  if (message.text !== undefined) return { type: 'text', text: message.text };
  if (message.photo) return { type: 'image', mediaId: largest(message.photo).file_id, ...caption };
  if (message.animation) return { ...media('video', message.animation), ...caption, animated: true };
  if (message.video) return { ...media('video', message.video), ...caption };
  if (message.video_note) return media('video', message.video_note);
  if (message.audio) return { ...media('audio', message.audio), ...caption };
  if (message.voice) return { ...media('audio', message.voice), ...caption, voice: true };
  if (message.document) return { ...media('document', message.document), ...caption };
  if (message.sticker) {
    const { is_animated: animated = false, is_video: video = false } = message.sticker;
    const mimeType = animated ? 'application/x-tgsticker' : video ? 'video/webm' : 'image/webp';
    return { type: 'sticker', mediaId: message.sticker.file_id, mimeType, animated: animated || video };
  }
  if (message.venue) {
    const { location, title, address } = message.venue;
    return {
      type: 'location',
      latitude: location.latitude,
      longitude: location.longitude,
      name: title,
      address,
    };
  }
  if (message.location) return { type: 'location', ...message.location };
  if (message.contact) {
    const { first_name, last_name, phone_number } = message.contact;
    const name = [first_name, last_name].filter(Boolean).join(' ');
    return { type: 'contacts', contacts: [{ name, phones: [{ phone: phone_number }], emails: [] }] };
  }
  return {
    type: 'unsupported',
    platformType: Object.keys(message).find((key) => !envelopeFields.has(key)) ?? 'unknown',
  };
}

function media(type: Media['type'], file: TelegramFile): Media {
  return {
    type,
    mediaId: file.file_id,
    ...(file.mime_type === undefined ? {} : { mimeType: file.mime_type }),
    ...(file.file_name === undefined ? {} : { filename: file.file_name }),
  };
}

function largest<T extends { width: number; height: number }>(sizes: [T, ...T[]] | T[]): T {
  return sizes.reduce((best, size) => (size.width * size.height > best.width * best.height ? size : best));
}

/**
 * A reaction update as a reaction to `messageId`: the emoji added (the first new one), else one
 * still there, else '' (all removed). Custom-emoji and paid reactions have no emoji to report.
 */
export function reactionContent(
  messageId: string,
  oldReactions: ReactionType[],
  newReactions: ReactionType[],
): InboundContent {
  const emoji = (reactions: ReactionType[]) =>
    reactions.flatMap((r) => (r.type === 'emoji' && r.emoji ? [r.emoji] : []));
  const before = new Set(emoji(oldReactions));
  const now = emoji(newReactions);
  const chosen = now.find((e) => !before.has(e)) ?? now[0];
  if (chosen !== undefined || newReactions.length === 0)
    return { type: 'reaction', messageId, emoji: chosen ?? '' };
  return { type: 'unsupported', platformType: `reaction_${newReactions[0]?.type ?? 'unknown'}` };
}
