import type { WhatsAppSignup } from '@parley/contracts';
import { type RefObject, useEffect, useRef } from 'react';
import { readSignupMessage, type SignupMessage } from './signup-messages';

/**
 * Hands every Embedded Signup message for `signup` to `onMessage` while it is set. Only the popup
 * this wizard opened is heard: another window of the same origin cannot speak for it.
 */
export function useSignupMessages(
  signup: WhatsAppSignup | null,
  popup: RefObject<Window | null>,
  onMessage: (message: SignupMessage) => void,
) {
  const latest = useRef(onMessage);
  useEffect(() => {
    latest.current = onMessage;
  });
  useEffect(() => {
    if (!signup) return;
    const origins = { dialog: signup.messageOrigin, app: window.location.origin };
    const listener = (event: MessageEvent) => {
      if (!popup.current || event.source !== popup.current) return;
      const message = readSignupMessage({ origin: event.origin, data: event.data as unknown }, origins);
      if (message) latest.current(message);
    };
    window.addEventListener('message', listener);
    return () => window.removeEventListener('message', listener);
  }, [signup, popup]);
}
