/** Hash routes: `#/conversations/<id>` opens a conversation; anything else shows the list. */

const PREFIX = '#/conversations/';

export function parseConversationId(hash: string): string | null {
  if (!hash.startsWith(PREFIX)) return null;
  const raw = hash.slice(PREFIX.length).split('/')[0] ?? '';
  try {
    const id = decodeURIComponent(raw);
    return id === '' ? null : id;
  } catch {
    return null;
  }
}

export const conversationHref = (id: string): string => PREFIX + encodeURIComponent(id);

export const INBOX_HREF = '#/';
