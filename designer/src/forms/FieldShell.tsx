import { useId, type ReactNode } from 'react';
import type { FieldError } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { fieldErrorText, type ErrorOverrides } from './field-error-text';

export interface FieldControlProps {
  id: string;
  'aria-invalid': true | undefined;
  'aria-describedby': string | undefined;
}

/** A live "12 / 60 characters" under the control, read with it by assistive technology. */
export interface FieldCounter {
  count: number;
  max: number;
}

interface Props {
  label: ReactNode;
  hint?: ReactNode;
  counter?: FieldCounter | undefined;
  error?: FieldError | undefined;
  errorMessages?: ErrorOverrides;
  className?: string;
  /** Renders the control, wired to the label, hint and error. */
  children: (control: FieldControlProps) => ReactNode;
}

/** A label, an optional hint, the control and its error, tied together for assistive technology. */
export function FieldShell({ label, hint, counter, error, errorMessages, className, children }: Props) {
  const { t } = useTranslation();
  const id = useId();
  const hintId = hint ? `${id}-hint` : undefined;
  const counterId = counter ? `${id}-counter` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  const describedBy = [hintId, counterId, errorId].filter(Boolean).join(' ') || undefined;
  return (
    <div className={`field${className ? ` ${className}` : ''}`}>
      <label className="field__label" htmlFor={id}>
        {label}
      </label>
      {hint && (
        <p id={hintId} className="field__hint">
          {hint}
        </p>
      )}
      {children({ id, 'aria-invalid': error ? true : undefined, 'aria-describedby': describedBy })}
      {counter && (
        <p
          id={counterId}
          className={`field__counter${counter.count > counter.max ? ' field__counter--over' : ''}`}
        >
          {t('forms.characters', { count: counter.count, max: counter.max })}
        </p>
      )}
      {error && (
        <p id={errorId} className="field__error">
          {fieldErrorText(error, t, errorMessages)}
        </p>
      )}
    </div>
  );
}
