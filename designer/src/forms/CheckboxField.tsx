import { useId, type ReactNode } from 'react';
import type { FieldError, UseFormRegisterReturn } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { fieldErrorText } from './field-error-text';

interface Props {
  label: ReactNode;
  registration: UseFormRegisterReturn;
  hint?: ReactNode;
  error?: FieldError | undefined;
  testId?: string;
}

/** A labelled checkbox registered with react-hook-form, with its hint and error read with it. */
export function CheckboxField({ label, registration, hint, error, testId }: Props) {
  const { t } = useTranslation();
  const id = useId();
  const describedBy = [hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ');
  return (
    <div className="check-field">
      <input
        id={id}
        type="checkbox"
        aria-describedby={describedBy || undefined}
        aria-invalid={error ? true : undefined}
        data-testid={testId}
        {...registration}
      />
      <label htmlFor={id} className="check-field__label">
        {label}
      </label>
      {hint && (
        <p id={`${id}-hint`} className="check-field__hint">
          {hint}
        </p>
      )}
      {error && (
        <p id={`${id}-error`} className="field__error check-field__error">
          {fieldErrorText(error, t)}
        </p>
      )}
    </div>
  );
}
