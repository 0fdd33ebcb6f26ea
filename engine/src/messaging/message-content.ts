import type { InboundContent } from '@parley/connector-sdk';

/** The human-readable text of a message, when it has one (a caption, a tapped button's title…). */
export function contentText(content: InboundContent): string | null {
  switch (content.type) {
    case 'text':
      return content.text;
    case 'image':
    case 'video':
    case 'audio':
    case 'document':
    case 'sticker':
      return content.caption ?? null;
    case 'interactive_reply':
      return content.title;
    case 'template_reply':
      return content.text;
    case 'location':
      return [content.name, content.address].filter(Boolean).join(', ') || null;
    case 'contacts':
      return content.contacts.map((contact) => contact.name).join(', ');
    case 'reaction':
      return content.emoji || null;
    case 'unsupported':
      return null;
  }
}

/** A one-line preview for conversation lists: the text, or the kind in brackets with what text there is. */
export function contentPreview(content: InboundContent, maxLength = 200): string {
  const text = contentText(content);
  const preview =
    content.type === 'text' || content.type === 'interactive_reply' || content.type === 'template_reply'
      ? (text ?? '')
      : `[${content.type}]${text ? ` ${text}` : ''}`;
  return preview.slice(0, maxLength);
}
