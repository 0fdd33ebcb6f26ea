import type { Conversation } from '@parley/contracts';
import { parsePhoneNumberFromString } from 'libphonenumber-js';

type WithContact = Pick<Conversation, 'channel' | 'contact'>;

/** A phone number in international format ("+81 90 1234 5678"), or null when it is not one. */
export function formatPhoneNumber(digits: string): string | null {
  const bare = digits.replace(/^\+/, '');
  if (!/^\d{6,15}$/.test(bare)) return null;
  const parsed = parsePhoneNumberFromString(`+${bare}`);
  return parsed?.isPossible() ? parsed.formatInternational() : `+${bare}`;
}

/**
 * The contact's phone number, if the channel knows contacts by number. WhatsApp does (the wa_id,
 * digits without "+"); a Telegram `platformId` is a chat id and never shown as a number.
 */
export function contactNumber({ channel, contact }: WithContact): string | null {
  if (channel !== 'whatsapp' || contact.platformId === null) return null;
  return formatPhoneNumber(contact.platformId);
}

export interface ContactDisplay {
  /** What to call the contact: name, else @username, else the number; null when nothing is known. */
  label: string | null;
  /** Shown under a name: the number, or the @username of someone known by no number. */
  detail: string | null;
  /** Known by a username and business-scoped id only, no phone number. */
  usernameOnly: boolean;
}

/** How a conversation's customer is shown in the list and the thread header. */
export function contactDisplay(c: WithContact): ContactDisplay {
  const name = c.contact.name?.trim() || null;
  const bareUsername = c.contact.username?.trim().replace(/^@/, '');
  const username = bareUsername ? `@${bareUsername}` : null;
  const number = contactNumber(c);
  const usernameOnly = c.contact.platformId === null && c.contact.userId !== null && username !== null;
  const label = name ?? username ?? number;
  const detail = [number, username].find((d) => d !== null && d !== label) ?? null;
  return { label, detail, usernameOnly };
}

/** The contact's label, or `fallback` ("Customer") when nothing is known about them. */
export const contactLabel = (c: WithContact, fallback: string): string => contactDisplay(c).label ?? fallback;

/** One or two letters for an avatar, or null to show a generic person icon. */
export function contactInitials(name: string | null): string | null {
  const words = name?.trim().replace(/^@/, '').split(/\s+/).filter(Boolean) ?? [];
  if (words.length === 0) return null;
  const letters =
    words.length === 1
      ? [...(words[0] ?? '')].slice(0, 1)
      : [words[0], words.at(-1)].map((w) => [...(w ?? '')][0]);
  return letters.join('').toUpperCase();
}
