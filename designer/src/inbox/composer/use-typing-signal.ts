import { useCallback, useState } from 'react';
import { sendTypingIndicator } from '../messages.api';
import { createThrottle } from './throttle';

/** WhatsApp shows "typing…" for about 25 seconds; once per 10 s keeps it up without noise. */
const TYPING_INTERVAL_MS = 10_000;

/**
 * Tells the customer the agent is typing, at most once per 10 seconds. A failure only costs the
 * indicator: it is logged, never shown.
 */
export function useTypingSignal(conversationId: string, enabled: boolean): () => void {
  // The composer is mounted per conversation, so each conversation has its own gate.
  const [pass] = useState(() => createThrottle(TYPING_INTERVAL_MS));
  return useCallback(() => {
    if (!enabled || !pass()) return;
    sendTypingIndicator(conversationId).catch((e: unknown) => console.debug('typing indicator not sent', e));
  }, [conversationId, enabled, pass]);
}
