import { useTranslation } from 'react-i18next';

const wizardSteps = ['start', 'choose', 'done'] as const;
type WizardStep = (typeof wizardSteps)[number];

/** The three steps, the current one marked (`aria-current="step"`). */
export function WizardSteps({ current }: { current: WizardStep }) {
  const { t } = useTranslation();
  const index = wizardSteps.indexOf(current);
  return (
    <ol className="wizard-steps" aria-label={t('whatsapp.stepsLabel')}>
      {wizardSteps.map((step, i) => (
        <li
          key={step}
          className={`wizard-steps__step${i < index ? ' is-done' : ''}${i === index ? ' is-current' : ''}`}
          aria-current={i === index ? 'step' : undefined}
        >
          <span className="wizard-steps__number" aria-hidden="true">
            {i + 1}
          </span>
          {t(`whatsapp.steps.${step}`)}
        </li>
      ))}
    </ol>
  );
}
