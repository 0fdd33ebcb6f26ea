import type { WhatsAppSignup } from '@parley/contracts';
import { useMutation } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import { currentLang } from '../../i18n/i18n';
import { exchangeWhatsAppSignup, startWhatsAppSignup } from '../channel-accounts.api';
import { openSignupPopup } from './popup';
import type { SignupMessage } from './signup-messages';
import { advance, exchangeRequest, initialProgress, type SignupProgress } from './signup-progress';
import { useSignupMessages } from './use-signup-messages';

/** How long to wait for the dialog's FINISH event once the code is in, before exchanging without it. */
const FINISH_GRACE_MS = 3000;

/**
 * Step 1 of the wizard: start a signup, open Meta's dialog in a popup, follow its messages, and
 * exchange the code once it comes back. `onExchanged` gets the signup with the WABA's numbers.
 */
export function useSignupFlow(onExchanged: (signup: WhatsAppSignup) => void) {
  const [signup, setSignup] = useState<WhatsAppSignup | null>(null);
  const [blocked, setBlocked] = useState(false);
  const [progress, setProgress] = useState<SignupProgress>(initialProgress);
  const current = useRef({ signup, progress });
  const popup = useRef<Window | null>(null);
  const exchangeSent = useRef(false);

  const start = useMutation({ mutationFn: () => startWhatsAppSignup(currentLang()) });
  const exchange = useMutation({
    mutationFn: (s: WhatsAppSignup) => {
      const body = exchangeRequest(current.current.progress, s.state, false);
      if (!body) throw new Error('no code to exchange');
      return exchangeWhatsAppSignup(s.id, body);
    },
    onSuccess: onExchanged,
  });

  const tryExchange = (next: SignupProgress, waitForFinish: boolean) => {
    const s = current.current.signup;
    if (!s || exchangeSent.current || !exchangeRequest(next, s.state, waitForFinish)) return;
    exchangeSent.current = true;
    exchange.mutate(s);
  };

  const receive = (message: SignupMessage) => {
    const s = current.current.signup;
    if (!s) return;
    const next = advance(current.current.progress, message, s.state);
    current.current.progress = next;
    setProgress(next);
    tryExchange(next, true);
  };
  useSignupMessages(signup, popup, receive);

  const waitingForFinish = progress.code !== null && progress.finish === null;
  const latestTry = useRef(tryExchange);
  useEffect(() => {
    latestTry.current = tryExchange;
  });
  useEffect(() => {
    if (!waitingForFinish) return;
    const timer = setTimeout(() => latestTry.current(current.current.progress, false), FINISH_GRACE_MS);
    return () => clearTimeout(timer);
  }, [waitingForFinish]);

  useEffect(() => () => popup.current?.close(), []);

  /** Opens the dialog again (after the browser blocked it, or the person closed it). */
  const reopen = () => {
    if (!current.current.signup) return;
    popup.current = openSignupPopup(current.current.signup.dialogUrl);
    setBlocked(popup.current === null);
  };

  const begin = () => {
    exchange.reset();
    exchangeSent.current = false;
    current.current = { signup: null, progress: initialProgress };
    setSignup(null);
    setProgress(initialProgress);
    start.mutate(undefined, {
      onSuccess: (started) => {
        current.current.signup = started;
        setSignup(started);
        reopen();
      },
    });
  };

  return { signup, blocked, progress, start, exchange, begin, reopen };
}
