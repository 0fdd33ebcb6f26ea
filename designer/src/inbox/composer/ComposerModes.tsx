import type { FieldError, UseFormRegisterReturn } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { FieldErrorText } from '../../templates/form/steps/FieldErrorText';
import type { ComposerMode } from './composer-values';

interface Props {
  modes: readonly ComposerMode[];
  registration: UseFormRegisterReturn;
  disabled: boolean;
  error: FieldError | undefined;
}

/** What kind of message to write: a radio group named "Message type", shown as a segmented switch. */
export function ComposerModes({ modes, registration, disabled, error }: Props) {
  const { t } = useTranslation();
  return (
    <fieldset className="composer-modes" disabled={disabled}>
      <legend className="visually-hidden">{t('composer.modeLegend')}</legend>
      {modes.map((mode) => (
        <label key={mode} className="composer-modes__option">
          <input type="radio" value={mode} data-testid={`composer-mode-${mode}`} {...registration} />
          <span>{t(`composer.mode.${mode}`)}</span>
        </label>
      ))}
      <FieldErrorText error={error} />
    </fieldset>
  );
}
