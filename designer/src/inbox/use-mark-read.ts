import { useEffect, useRef } from 'react';
import { markConversationRead } from './messages.api';

/**
 * Marks the open conversation read (blue ticks on the customer's phone) when it is opened and
 * whenever a customer message arrives while it is open, only while the tab is visible: a message
 * that arrives in a hidden tab is marked when the agent comes back. Failures are logged only.
 */
export function useMarkRead(conversationId: string | null, key: string, enabled: boolean): void {
  const marked = useRef<string | null>(null);
  useEffect(() => {
    if (!enabled || conversationId === null) return;
    const mark = () => {
      if (document.visibilityState !== 'visible' || marked.current === key) return;
      marked.current = key;
      markConversationRead(conversationId).catch((e: unknown) => console.debug('not marked read', e));
    };
    mark();
    document.addEventListener('visibilitychange', mark);
    return () => document.removeEventListener('visibilitychange', mark);
  }, [conversationId, key, enabled]);
}
