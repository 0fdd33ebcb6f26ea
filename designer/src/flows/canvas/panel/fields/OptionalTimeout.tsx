import { useTranslation } from 'react-i18next';
import { CheckboxInput } from './CheckboxInput';
import { MinutesInput } from './MinutesInput';

/** How long a new timeout waits, until the admin changes it. */
const defaultTimeoutMinutes = 60;

interface Props {
  value: number | undefined;
  onChange: (minutes: number | undefined) => void;
}

/** "Wait at most …": a timeout a question may have; on, it adds the node's `timeout` output. */
export function OptionalTimeout({ value, onChange }: Props) {
  const { t } = useTranslation();
  return (
    <div className="flow-panel__group">
      <CheckboxInput
        path={value === undefined ? 'timeoutMinutes' : null}
        label={t('flowPanel.timeout.toggle')}
        hint={t('flowPanel.timeout.hint')}
        checked={value !== undefined}
        onChange={(on) => onChange(on ? defaultTimeoutMinutes : undefined)}
      />
      {value !== undefined && (
        <MinutesInput
          path="timeoutMinutes"
          label={t('flowPanel.timeout.minutes')}
          value={value}
          onChange={onChange}
        />
      )}
    </div>
  );
}
