import type { Conversation } from '../api/types';

type Contact = Conversation['contact'];

/**
 * The contact's phone number, if its id is one. WhatsApp identifies contacts by their number
 * (wa_id, digits without "+"), which the engine is expected to use as the contact id.
 */
export function contactNumber(contact: Contact): string | null {
  const digits = contact.id.replace(/^\+/, '');
  return /^\d{6,15}$/.test(digits) ? `+${digits}` : null;
}

/** Name if known, else the number, else the raw id. */
export const contactLabel = (contact: Contact): string =>
  contact.name?.trim() || contactNumber(contact) || contact.id;

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
