import { useState, type ReactNode } from 'react';
import { typedNumber } from '../model/field-values';
import { Field } from './Field';

interface Props {
  path: string;
  label: ReactNode;
  hint?: ReactNode;
  value: number;
  onChange: (value: number) => void;
  min?: number;
  max?: number;
}

/**
 * A labelled number input. What the admin types is kept (an out-of-range number is reported by the
 * schema check); while it is empty or not a number the node keeps its previous value.
 */
export function NumberInput({ path, label, hint, value, onChange, min, max }: Props) {
  const [draft, setDraft] = useState<string | null>(null);
  return (
    <Field path={path} label={label} hint={hint}>
      {(control) => (
        <input
          className="field__input flow-panel__number"
          type="number"
          inputMode="numeric"
          min={min}
          max={max}
          value={draft ?? String(value)}
          onChange={(e) => {
            setDraft(e.target.value);
            const typed = typedNumber(e.target.value);
            if (typed !== null) onChange(typed);
          }}
          onBlur={() => setDraft(null)}
          {...control}
        />
      )}
    </Field>
  );
}
