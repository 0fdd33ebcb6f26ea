import {
  isTemplatePlatformError,
  type Message,
  type MessageContent,
  type TemplatePlatformErrorCode,
} from '@parley/contracts';
import { isSameOriginPath } from '../../api/same-origin';
import type { Translate } from '../../i18n/translate';
import { bubbleFromMessage, type TemplateBubbleView } from '../../templates/preview/template-bubble';
import { plainText, parseWhatsAppFormatting } from '../../templates/preview/whatsapp-format';

type ContentOf<K extends MessageContent['type']> = Extract<MessageContent, { type: K }>;
export type MediaKind = Extract<MessageContent, { mediaId: string }>['type'];
export type SharedContact = ContentOf<'contacts'>['contacts'][number];

/**
 * What a message shows in the thread, decided once from its type, content and media. Pure, so the
 * fallbacks (content missing or malformed, a file not fetched yet) are tested without React.
 */

export interface FileInfo {
  filename: string | null;
  mimeType: string | null;
  sizeBytes: number | null;
}

/** 'missing': the engine holds no file for the message, or no address to fetch it from. */
export type FileState = { state: 'ready'; url: string } | { state: 'pending' | 'failed' | 'missing' };

/** How a media file is shown: an inline picture, a player, or a file to download. */
export type Presentation = 'image' | 'video' | 'audio' | 'file';

export type MessageView =
  | { kind: 'text'; text: string }
  | {
      kind: 'media';
      media: MediaKind;
      presentation: Presentation;
      caption: string | null;
      voice: boolean;
      animated: boolean;
      file: FileInfo & FileState;
    }
  | { kind: 'location'; latitude: number; longitude: number; name: string | null; address: string | null }
  | { kind: 'contacts'; contacts: SharedContact[] }
  | { kind: 'reply'; source: 'button' | 'list' | 'template'; title: string; description: string | null }
  /** An empty emoji means the customer removed their reaction. */
  | { kind: 'reaction'; emoji: string }
  | { kind: 'unsupported'; platformType: string | null }
  /** A message template Parley sent, as the customer saw it. */
  | { kind: 'template'; name: string; bubble: TemplateBubbleView }
  /**
   * Reply buttons, a list or a link button Parley sent, as the customer saw it: the frame and
   * buttons drawn like a template's; a list's button label and rows in `list`.
   */
  | { kind: 'interactive'; bubble: TemplateBubbleView; list: InteractiveList | null };

/** What a list message offers: the button that opens it, and its sections of rows. */
export interface InteractiveList {
  buttonLabel: string;
  sections: { title: string | null; rows: { title: string; description: string | null }[] }[];
}

export type ViewOf<K extends MessageView['kind']> = Extract<MessageView, { kind: K }>;

/** The message's content if it is of the kind the message says. */
function contentOf<K extends MessageContent['type']>(m: Message, type: K): ContentOf<K> | null {
  return m.content?.type === type ? (m.content as ContentOf<K>) : null;
}

const nonEmpty = (s: string | null | undefined): string | null => (s?.trim() ? s : null);

/** Whether a browser can show the file inline, judged by its MIME type (unknown: trust the kind). */
export function presentationOf(kind: MediaKind, mimeType: string | null): Presentation {
  const family = mimeType?.split('/')[0]?.toLowerCase() ?? null;
  const is = (f: string) => family === null || family === f;
  switch (kind) {
    case 'image':
      return is('image') ? 'image' : 'file';
    case 'sticker': // Telegram video stickers are WebM; its animated .tgs stickers cannot be shown
      return family === 'video' ? 'video' : is('image') ? 'image' : 'file';
    case 'video':
      return is('video') ? 'video' : 'file';
    case 'audio':
      return is('audio') ? 'audio' : 'file';
    case 'document':
      return 'file';
  }
}

function mediaView(m: Message, kind: MediaKind): ViewOf<'media'> {
  const c = contentOf(m, kind);
  const media = m.media;
  const info: FileInfo = {
    filename: nonEmpty(media?.filename ?? c?.filename),
    mimeType: media?.mimeType ?? c?.mimeType ?? null,
    sizeBytes: media?.sizeBytes ?? null,
  };
  let state: FileState;
  if (media === null) state = { state: 'missing' };
  else if (media.state === 'stored')
    // Media is served by the engine itself; any other URL is not followed (it could point anywhere).
    state = isSameOriginPath(media.url) ? { state: 'ready', url: media.url } : { state: 'missing' };
  else state = { state: media.state };
  return {
    kind: 'media',
    media: kind,
    presentation: presentationOf(kind, info.mimeType),
    caption: nonEmpty(c?.caption ?? m.text),
    voice: c?.voice === true,
    animated: c?.animated === true,
    file: { ...info, ...state },
  };
}

type Interactive = ContentOf<'reply_buttons'> | ContentOf<'list'> | ContentOf<'cta_url'>;

/** An interactive message Parley sent, drawn with the template bubble (its buttons as the customer sees them). */
function interactiveView(c: Interactive): ViewOf<'interactive'> {
  const bubble = (buttons: TemplateBubbleView['buttons']): TemplateBubbleView => ({
    header: nonEmpty(c.header) ? { format: 'TEXT', text: c.header! } : null,
    body: c.body,
    footer: nonEmpty(c.footer),
    buttons,
  });
  switch (c.type) {
    case 'reply_buttons':
      return {
        kind: 'interactive',
        bubble: bubble(
          c.buttons.map((b) => ({ type: 'QUICK_REPLY', text: b.title, url: null, phoneNumber: null })),
        ),
        list: null,
      };
    case 'cta_url':
      return {
        kind: 'interactive',
        bubble: bubble([{ type: 'URL', text: c.displayText, url: c.url, phoneNumber: null }]),
        list: null,
      };
    case 'list':
      return {
        kind: 'interactive',
        bubble: bubble([]),
        list: {
          buttonLabel: c.buttonLabel,
          sections: c.sections.map((section) => ({
            title: nonEmpty(section.title),
            rows: section.rows.map((row) => ({ title: row.title, description: nonEmpty(row.description) })),
          })),
        },
      };
  }
}

/** Content that is missing or malformed: the message's text if it has one, else a notice naming the kind. */
const fallback = (m: Message): MessageView =>
  m.text ? { kind: 'text', text: m.text } : { kind: 'unsupported', platformType: m.type };

export function messageView(m: Message): MessageView {
  switch (m.type) {
    case 'text':
      return m.text ? { kind: 'text', text: m.text } : { kind: 'unsupported', platformType: null };
    case 'image':
    case 'video':
    case 'audio':
    case 'document':
    case 'sticker':
      return mediaView(m, m.type);
    case 'location': {
      const c = contentOf(m, 'location');
      if (!c) return fallback(m);
      const { latitude, longitude } = c;
      return { kind: 'location', latitude, longitude, name: nonEmpty(c.name), address: nonEmpty(c.address) };
    }
    case 'contacts': {
      const c = contentOf(m, 'contacts');
      return c ? { kind: 'contacts', contacts: c.contacts } : fallback(m);
    }
    case 'interactive_reply': {
      const c = contentOf(m, 'interactive_reply');
      if (!c) return fallback(m);
      return { kind: 'reply', source: c.source, title: c.title, description: nonEmpty(c.description) };
    }
    case 'template_reply': {
      const c = contentOf(m, 'template_reply');
      const title = nonEmpty(c?.text) ?? nonEmpty(m.text) ?? nonEmpty(c?.payload);
      return title ? { kind: 'reply', source: 'template', title, description: null } : fallback(m);
    }
    case 'reaction': {
      const c = contentOf(m, 'reaction');
      return c ? { kind: 'reaction', emoji: c.emoji } : fallback(m);
    }
    case 'unsupported':
      return { kind: 'unsupported', platformType: contentOf(m, 'unsupported')?.platformType ?? null };
    case 'template': {
      const c = contentOf(m, 'template');
      return c ? { kind: 'template', name: c.name, bubble: bubbleFromMessage(c) } : fallback(m);
    }
    case 'reply_buttons':
    case 'list':
    case 'cta_url': {
      const c = contentOf(m, m.type);
      return c ? interactiveView(c) : fallback(m);
    }
    default: // a kind this app does not know yet: name it, as the platform or the engine does
      return { kind: 'unsupported', platformType: contentOf(m, 'unsupported')?.platformType ?? m.type };
  }
}

/** The name of a media message's kind: "Voice message" rather than "Audio", "GIF" rather than "Video". */
export function mediaLabel(view: ViewOf<'media'>, t: Translate): string {
  if (view.media === 'audio' && view.voice) return t('inbox.content.kind.voice');
  if (view.media === 'video' && view.animated) return t('inbox.content.kind.gif');
  return t(`inbox.content.kind.${view.media}`);
}

/** One line of plain text for a message, for screen-reader announcements. */
export function messageSummary(view: MessageView, t: Translate): string {
  const withText = (kind: string, text: string | null) =>
    text ? t('inbox.content.withText', { kind, text }) : kind;
  switch (view.kind) {
    case 'text':
      return view.text;
    case 'media':
      return withText(mediaLabel(view, t), view.caption ?? view.file.filename);
    case 'location':
      return withText(
        t('inbox.content.kind.location'),
        [view.name, view.address].filter(Boolean).join(', ') || null,
      );
    case 'contacts':
      return withText(t('inbox.content.kind.contacts'), view.contacts.map((c) => c.name).join(', ') || null);
    case 'reply':
      return view.title;
    case 'reaction':
      return view.emoji
        ? t('inbox.content.reactedWith', { emoji: view.emoji })
        : t('inbox.content.reactionRemoved');
    case 'unsupported':
      return view.platformType
        ? t('inbox.content.unsupported', { platformType: view.platformType })
        : t('inbox.message.unsupported');
    case 'template': {
      const { header, body, footer } = view.bubble;
      const text = [header?.format === 'TEXT' ? header.text : null, body, footer]
        .filter((part): part is string => Boolean(part?.trim()))
        .map((part) => plainText(parseWhatsAppFormatting(part)))
        .join(' ');
      return withText(t('inbox.content.template', { name: view.name }), text || null);
    }
    case 'interactive':
      return plainText(parseWhatsAppFormatting(view.bubble.body));
  }
}

/** WhatsApp's template error code in a failure: the error's own code, or a "(#132000)" in its message. */
export function templateErrorCode(error: Message['error']): TemplatePlatformErrorCode | null {
  if (!error) return null;
  if (isTemplatePlatformError(error.code)) return error.code;
  const quoted = /#?\b(1320\d\d)\b/.exec(error.message)?.[1];
  return isTemplatePlatformError(quoted) ? quoted : null;
}

/** Why a message was not delivered, in words: WhatsApp's template errors worded, others as given. */
export function failureText(error: Message['error'], t: Translate): string {
  if (!error) return t('inbox.message.failed');
  const code = templateErrorCode(error);
  if (code)
    return t('inbox.message.failedTemplate', {
      reason: t(`templates.platformErrors.${code}`),
      code,
    });
  return t('inbox.message.failedDetail', { message: error.message, code: error.code });
}
