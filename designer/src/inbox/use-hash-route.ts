import { useSyncExternalStore } from 'react';
import { parseConversationId } from './route';

function subscribe(onChange: () => void): () => void {
  window.addEventListener('hashchange', onChange);
  return () => window.removeEventListener('hashchange', onChange);
}

/** The conversation selected by the URL hash, or null. */
export function useSelectedConversationId(): string | null {
  return useSyncExternalStore(subscribe, () => parseConversationId(window.location.hash));
}
