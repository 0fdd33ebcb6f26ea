import type { Conversation } from '../api/types';

type Contact = Conversation['contact'];
type WithContact = Pick<Conversation, 'channel' | 'contact'>;

/**
 * The contact's phone number, if the channel identifies contacts by number. WhatsApp does (the
 * wa_id, digits without "+"); a Telegram contact id is a chat id and never shown as a number.
 */
export function contactNumber({ channel, contact }: WithContact): string | null {
  if (channel !== 'whatsapp') return null;
  const digits = contact.id.replace(/^\+/, '');
  return /^\d{6,15}$/.test(digits) ? `+${digits}` : null;
}

/** Name if known, else the number, else the raw id. */
export const contactLabel = (c: WithContact): string =>
  c.contact.name?.trim() || contactNumber(c) || c.contact.id;

/** One or two letters for the avatar, or null to show a generic person icon. */
export function contactInitials(contact: Contact): string | null {
  const words = contact.name?.trim().split(/\s+/).filter(Boolean) ?? [];
  if (words.length === 0) return null;
  const letters =
    words.length === 1
      ? [...(words[0] ?? '')].slice(0, 1)
      : [words[0], words.at(-1)].map((w) => [...(w ?? '')][0]);
  return letters.join('').toUpperCase();
}
