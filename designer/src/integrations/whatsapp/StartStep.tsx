import type { WhatsAppSignup } from '@parley/contracts';
import { useTranslation } from 'react-i18next';
import { FormAlert } from '../../forms/FormAlert';
import type { Translate } from '../../i18n/translate';
import type { SignupStop } from './signup-progress';
import { useSignupFlow } from './use-signup-flow';

function stopText(stop: SignupStop, t: Translate): string {
  switch (stop.reason) {
    case 'cancelled':
      return stop.currentStep
        ? t('whatsapp.start.cancelled', { step: stop.currentStep })
        : t('whatsapp.start.cancelledNoStep');
    case 'error':
      return stop.message
        ? t('whatsapp.start.dialogError', { message: stop.message })
        : t('whatsapp.start.dialogErrorNoMessage');
    case 'denied':
      return t('whatsapp.start.denied', { message: stop.message ?? '' });
    case 'state-mismatch':
      return t('whatsapp.start.stateMismatch');
  }
}

/** Step 1: "Continue with Facebook", then wait for Meta's dialog to come back with the WABA and a code. */
export function StartStep({ onExchanged }: { onExchanged: (signup: WhatsAppSignup) => void }) {
  const { t } = useTranslation();
  const flow = useSignupFlow(onExchanged);
  const { signup, progress, start, exchange } = flow;
  const waiting = signup !== null && progress.stopped === null && !exchange.isError;

  let status: string | null = null;
  if (start.isPending) status = t('whatsapp.start.starting');
  else if (exchange.isPending) status = t('whatsapp.start.exchanging');
  else if (waiting && !flow.blocked) {
    status = progress.finish ? t('whatsapp.start.wabaChosen') : t('whatsapp.start.waiting');
  }

  return (
    <section className="wizard-step" aria-labelledby="wizard-step-title">
      <h3 id="wizard-step-title" className="wizard-step__title" tabIndex={-1}>
        {t('whatsapp.steps.start')}
      </h3>
      <p>{t('whatsapp.start.intro')}</p>
      <FormAlert error={start.error ?? exchange.error} />
      <div role="status" className="wizard-step__status">
        {status && (
          <p className="wizard-step__progress">
            {(start.isPending || exchange.isPending) && (
              <span className="spinner spinner--small" aria-hidden="true" />
            )}
            {status}
          </p>
        )}
        {progress.stopped && <p className="alert alert--warning">{stopText(progress.stopped, t)}</p>}
      </div>
      {flow.blocked && waiting && (
        <div className="alert alert--warning" role="alert">
          <p>{t('whatsapp.start.blocked')}</p>
          <button type="button" className="button" onClick={flow.reopen}>
            {t('whatsapp.start.openWindow')}
          </button>
        </div>
      )}
      <div className="dialog__actions">
        {waiting && !flow.blocked && !exchange.isPending && (
          <button type="button" className="button" onClick={flow.reopen}>
            {t('whatsapp.start.reopen')}
          </button>
        )}
        {(!signup || !waiting) && (
          <button
            type="button"
            className="button button--primary button--facebook"
            onClick={flow.begin}
            disabled={start.isPending}
          >
            {signup ? t('whatsapp.start.again') : t('whatsapp.start.submit')}
          </button>
        )}
      </div>
    </section>
  );
}
