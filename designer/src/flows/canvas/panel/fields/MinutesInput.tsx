import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { typedNumber } from '../model/field-values';
import { bestUnit, fromMinutes, minuteUnits, toMinutes, type MinuteUnit } from '../model/minute-units';
import { Field } from './Field';

interface Props {
  path: string;
  label: ReactNode;
  hint?: ReactNode;
  value: number;
  onChange: (minutes: number) => void;
}

/**
 * A duration written in minutes, hours or days and kept in minutes. Changing the unit keeps the
 * amount ("2 hours" becomes "2 days"); an empty amount keeps the node's previous value.
 */
export function MinutesInput({ path, label, hint, value, onChange }: Props) {
  const { t } = useTranslation();
  const [unit, setUnit] = useState<MinuteUnit>(() => bestUnit(value));
  const [draft, setDraft] = useState<string | null>(null);
  const amount = fromMinutes(value, unit);
  const unitSelect = (
    <select
      className="field__input field__input--compact"
      aria-label={t('flowPanel.minutes.unit')}
      value={unit}
      onChange={(e) => {
        const next = e.target.value as MinuteUnit;
        setUnit(next);
        onChange(toMinutes(amount, next));
      }}
    >
      {(Object.keys(minuteUnits) as MinuteUnit[]).map((option) => (
        <option key={option} value={option}>
          {t(`flowPanel.minutes.${option}`)}
        </option>
      ))}
    </select>
  );
  return (
    <Field path={path} label={label} hint={hint} aside={unitSelect}>
      {(control) => (
        <input
          className="field__input flow-panel__number"
          type="number"
          inputMode="numeric"
          min={1}
          value={draft ?? String(amount)}
          onChange={(e) => {
            setDraft(e.target.value);
            const typed = typedNumber(e.target.value);
            if (typed !== null) onChange(toMinutes(typed, unit));
          }}
          onBlur={() => setDraft(null)}
          {...control}
        />
      )}
    </Field>
  );
}
