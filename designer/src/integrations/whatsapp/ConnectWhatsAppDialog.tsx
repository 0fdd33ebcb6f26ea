import type { ChannelAccount, WhatsAppSignup } from '@parley/contracts';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Dialog } from '../../ui/Dialog';
import { ConnectedNotice } from '../ConnectedNotice';
import { ChooseNumberStep } from './ChooseNumberStep';
import { StartStep } from './StartStep';
import { WizardSteps } from './WizardSteps';

type Wizard =
  | { step: 'start'; attempt: number }
  | { step: 'choose'; signup: WhatsAppSignup }
  | { step: 'done'; account: ChannelAccount };

/** Connect WhatsApp, as Zoho Social does it: Facebook's Embedded Signup, the number and its PIN, done. */
export function ConnectWhatsAppDialog({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation();
  const [wizard, setWizard] = useState<Wizard>({ step: 'start', attempt: 0 });
  const restart = () => setWizard({ step: 'start', attempt: Date.now() });
  return (
    <Dialog title={t('whatsapp.title')} onClose={onClose} size="wide">
      <WizardSteps current={wizard.step} />
      {wizard.step === 'start' && (
        <StartStep key={wizard.attempt} onExchanged={(signup) => setWizard({ step: 'choose', signup })} />
      )}
      {wizard.step === 'choose' && (
        <ChooseNumberStep
          signup={wizard.signup}
          onConnected={(account) => setWizard({ step: 'done', account })}
          onRestart={restart}
        />
      )}
      {wizard.step === 'done' && (
        <section className="wizard-step" aria-label={t('whatsapp.steps.done')}>
          <ConnectedNotice account={wizard.account} onClose={onClose} />
        </section>
      )}
    </Dialog>
  );
}
