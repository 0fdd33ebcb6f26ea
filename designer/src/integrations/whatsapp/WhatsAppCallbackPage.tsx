import { getRouteApi } from '@tanstack/react-router';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CALLBACK_MESSAGE_TYPE } from './signup-messages';

const route = getRouteApi('/connect/whatsapp/callback');

/**
 * Where Meta's dialog sends the popup back (the signup's `redirectUri`): hands the code and state
 * to the wizard in the window that opened it — on this origin only — and closes itself.
 */
export function WhatsAppCallbackPage() {
  const { t } = useTranslation();
  const search = route.useSearch();
  const [outcome, setOutcome] = useState<'sent' | 'no-opener' | null>(null);
  const posted = useRef(false);

  useEffect(() => {
    document.title = `${t('whatsapp.callback.title')} · Parley`;
  }, [t]);

  useEffect(() => {
    if (posted.current) return;
    posted.current = true;
    const opener = window.opener as Window | null;
    if (!opener || opener.closed) {
      setOutcome('no-opener');
      return;
    }
    opener.postMessage(
      {
        type: CALLBACK_MESSAGE_TYPE,
        code: search.code ?? null,
        state: search.state ?? null,
        error: search.error ?? null,
        errorDescription: search.error_description ?? null,
      },
      window.location.origin,
    );
    setOutcome('sent');
    window.close();
  }, [search]);

  return (
    <main className="auth-layout">
      <div className="auth-card">
        <h1 id="page-heading" className="auth-card__title" tabIndex={-1}>
          {t('whatsapp.callback.title')}
        </h1>
        <p role="status">
          {outcome === 'sent' && t('whatsapp.callback.sent')}
          {outcome === 'no-opener' && t('whatsapp.callback.noOpener')}
        </p>
      </div>
    </main>
  );
}
