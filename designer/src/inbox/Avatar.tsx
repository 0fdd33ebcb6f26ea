import type { CSSProperties } from 'react';
import type { Conversation } from '../api/types';
import { contactInitials } from './contact';

/** Decorative: the contact's name is always given as text next to it. */
export function Avatar({ contact }: { contact: Conversation['contact'] }) {
  const initials = contactInitials(contact);
  let hue = 0;
  for (const ch of contact.id) hue = (hue * 31 + ch.charCodeAt(0)) % 360;
  return (
    <span className="avatar" style={{ '--avatar-hue': hue } as CSSProperties} aria-hidden="true">
      {initials ?? (
        <svg viewBox="0 0 24 24" width="20" height="20">
          <path
            fill="currentColor"
            d="M12 12a4.5 4.5 0 1 0 0-9 4.5 4.5 0 0 0 0 9Zm0 2c-4.4 0-8 2.2-8 5v2h16v-2c0-2.8-3.6-5-8-5Z"
          />
        </svg>
      )}
    </span>
  );
}
