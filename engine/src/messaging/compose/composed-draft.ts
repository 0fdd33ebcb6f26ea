import type { OutboundMessage } from '@parley/connector-sdk';
import type { ComposedMessage } from '@parley/contracts';
import type { OutboundDraft } from '@parley/workflows';

type FreeForm = Exclude<ComposedMessage, { type: 'template' }>;
export interface DraftFile {
  id: string;
  /** IMAGE, VIDEO or DOCUMENT. */
  format: string;
  mimeType: string;
  filename: string;
}

/**
 * A composed free-form message as a draft. What is stored is the message in the channel SDK's
 * outbound shape (for media: the library file's id as `mediaId`), so a held message can be sent
 * later from its row alone. Buttons and rows get ids by position; taps come back with them.
 */
export function composedDraft(composed: FreeForm, file?: DraftFile): OutboundDraft {
  switch (composed.type) {
    case 'text':
      return {
        stored: { type: 'text', text: composed.text, content: null },
        message: { type: 'text', text: composed.text },
      };
    case 'media': {
      if (!file) throw new Error('a media message needs its file');
      const kind = file.format === 'IMAGE' ? 'image' : file.format === 'VIDEO' ? 'video' : 'document';
      const caption = composed.caption;
      return {
        stored: {
          type: kind,
          text: caption ?? null,
          content: {
            type: kind,
            mediaId: file.id,
            mimeType: file.mimeType,
            filename: file.filename,
            ...(caption ? { caption } : {}),
          },
        },
        message: {
          type: kind,
          ...(caption ? { caption } : {}),
          ...(kind === 'document' ? { filename: file.filename } : {}),
        },
        fileId: file.id,
      };
    }
    case 'reply_buttons':
      return interactiveDraft({
        type: 'reply_buttons',
        ...frame(composed),
        buttons: composed.buttons.map((button, index) => ({
          id: `button-${index + 1}`,
          title: button.title,
        })),
      });
    case 'list':
      return interactiveDraft({
        type: 'list',
        ...frame(composed),
        buttonLabel: composed.buttonLabel,
        sections: composed.sections.map((section, s) => ({
          ...(section.title ? { title: section.title } : {}),
          rows: section.rows.map((row, r) => ({
            id: `row-${s + 1}-${r + 1}`,
            title: row.title,
            ...(row.description ? { description: row.description } : {}),
          })),
        })),
      });
    case 'cta_url':
      return interactiveDraft({
        type: 'cta_url',
        ...frame(composed),
        displayText: composed.displayText,
        url: composed.url,
      });
  }
}

function frame(message: { body: string; header?: string | undefined; footer?: string | undefined }) {
  return {
    body: message.body,
    ...(message.header ? { header: message.header } : {}),
    ...(message.footer ? { footer: message.footer } : {}),
  };
}

/** An interactive message as a draft: stored as sent, its body as the readable text. */
export function interactiveDraft(message: OutboundMessage & { body: string }): OutboundDraft {
  return { stored: { type: message.type, text: message.body, content: { ...message } }, message };
}

/** A held message's draft again, from its stored row (as `composedDraft` stored it). */
export function storedDraft(row: {
  type: string;
  text: string | null;
  content: Record<string, unknown> | null;
  replyToPlatformId: string | null;
}): OutboundDraft {
  const stored = { type: row.type, text: row.text, content: row.content };
  const replyTo = row.replyToPlatformId;
  const content = row.content as (OutboundMessage & { mediaId?: string; mimeType?: string }) | null;
  if (!content) return { stored, message: { type: 'text', text: row.text ?? '' }, replyTo };
  if (content.type === 'image' || content.type === 'video' || content.type === 'document') {
    const { caption, filename } = content;
    const message: OutboundMessage = {
      type: content.type,
      ...(caption ? { caption } : {}),
      ...(content.type === 'document' && filename ? { filename } : {}),
    };
    return { stored, message, fileId: content.mediaId ?? null, replyTo };
  }
  return { stored, message: content, replyTo };
}

/** The message with the platform's id of its uploaded file (a media message, a template's media header). */
export function withMediaId(message: OutboundMessage, mediaId: string): OutboundMessage {
  if (message.type === 'image' || message.type === 'video' || message.type === 'document')
    return { ...message, mediaId };
  if (message.type === 'template' && message.header)
    return {
      ...message,
      header: message.header.map((parameter) =>
        parameter.type === 'image' || parameter.type === 'video' || parameter.type === 'document'
          ? { ...parameter, mediaId }
          : parameter,
      ),
    };
  return message;
}
