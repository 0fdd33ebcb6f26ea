import { useSyncExternalStore } from 'react';

/** What someone chose for notifications in this browser. */
export interface NotificationPrefs {
  /** They asked for desktop notifications (they show only while the browser allows them). */
  desktop: boolean;
  /** The chime for new assignments and missed first responses. */
  sound: boolean;
}

const KEYS = { desktop: 'parley.notifications.desktop', sound: 'parley.notifications.sound' } as const;
export const defaultPrefs: NotificationPrefs = { desktop: false, sound: true };

/** The storage, when this browser gives one (private modes and tests may not). */
function storage(): Storage | null {
  try {
    return typeof localStorage === 'undefined' ? null : localStorage;
  } catch {
    return null;
  }
}

/** The stored choices, each falling back to its default when unset or unreadable. */
export function readPrefs(store: Pick<Storage, 'getItem'> | null = storage()): NotificationPrefs {
  const read = (key: string, fallback: boolean) => {
    try {
      const value = store?.getItem(key);
      return value === 'on' ? true : value === 'off' ? false : fallback;
    } catch {
      return fallback;
    }
  };
  return { desktop: read(KEYS.desktop, defaultPrefs.desktop), sound: read(KEYS.sound, defaultPrefs.sound) };
}

const listeners = new Set<() => void>();
let snapshot: NotificationPrefs | null = null;

/** Remembers a choice in this browser (for this session only when storage is refused). */
export function savePrefs(patch: Partial<NotificationPrefs>): void {
  const next = { ...(snapshot ?? readPrefs()), ...patch };
  const store = storage();
  try {
    store?.setItem(KEYS.desktop, next.desktop ? 'on' : 'off');
    store?.setItem(KEYS.sound, next.sound ? 'on' : 'off');
  } catch {
    // Storage full or refused: the choice holds until the page is reloaded.
  }
  snapshot = next;
  listeners.forEach((listener) => listener());
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  // Another tab changed them.
  const onStorage = (e: StorageEvent) => {
    if (e.key !== KEYS.desktop && e.key !== KEYS.sound) return;
    snapshot = readPrefs();
    listener();
  };
  window.addEventListener('storage', onStorage);
  return () => {
    listeners.delete(listener);
    window.removeEventListener('storage', onStorage);
  };
}

const getSnapshot = (): NotificationPrefs => (snapshot ??= readPrefs());
const getServerSnapshot = (): NotificationPrefs => defaultPrefs;

/** The choices, kept in step across components and tabs. */
export function useNotificationPrefs(): NotificationPrefs {
  return useSyncExternalStore(subscribe, getSnapshot, getServerSnapshot);
}
