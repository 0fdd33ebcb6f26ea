import type { WhatsAppSignup } from '@parley/contracts';
import { useEffect, useRef } from 'react';
import { readSignupMessage, type SignupMessage } from './signup-messages';

/** Hands every Embedded Signup message for `signup` to `onMessage` while it is set. */
export function useSignupMessages(
  signup: WhatsAppSignup | null,
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
      const message = readSignupMessage({ origin: event.origin, data: event.data as unknown }, origins);
      if (message) latest.current(message);
    };
    window.addEventListener('message', listener);
    return () => window.removeEventListener('message', listener);
  }, [signup]);
}
