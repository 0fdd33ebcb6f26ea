import type { ReactNode } from 'react';
import { Field } from './Field';

/** One option of a select: its value, its words, and whether it can be chosen. */
export interface SelectOption<V extends string> {
  value: V;
  label: string;
  disabled?: boolean;
}

interface Props<V extends string> {
  path: string;
  label: ReactNode;
  hint?: ReactNode;
  value: V;
  options: readonly SelectOption<V>[];
  onChange: (value: V) => void;
  disabled?: boolean;
}

/** A labelled select of the panel; it offers only `options`, so the value it reports is one of them. */
export function SelectInput<V extends string>({
  path,
  label,
  hint,
  value,
  options,
  onChange,
  disabled,
}: Props<V>) {
  return (
    <Field path={path} label={label} hint={hint}>
      {(control) => (
        <select
          className="field__input"
          value={value}
          disabled={disabled}
          onChange={(e) => onChange(e.target.value as V)}
          {...control}
        >
          {options.map((option) => (
            <option key={option.value} value={option.value} disabled={option.disabled}>
              {option.label}
            </option>
          ))}
        </select>
      )}
    </Field>
  );
}
