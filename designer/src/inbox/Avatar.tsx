import type { CSSProperties } from 'react';
import { contactInitials } from './contact';

/** Decorative: the person's name is always given as text next to it. `seed` picks a stable colour. */
export function Avatar({ seed, name }: { seed: string; name: string | null }) {
  const initials = contactInitials(name);
  let hue = 0;
  for (const ch of seed) hue = (hue * 31 + ch.charCodeAt(0)) % 360;
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
