import type { InputHTMLAttributes, ReactNode } from 'react';
import type { FieldError, UseFormRegisterReturn } from 'react-hook-form';
import type { ErrorOverrides } from './field-error-text';
import { FieldShell } from './FieldShell';

interface Props extends Omit<InputHTMLAttributes<HTMLInputElement>, 'id' | 'name'> {
  label: ReactNode;
  registration: UseFormRegisterReturn;
  error?: FieldError | undefined;
  hint?: ReactNode;
  errorMessages?: ErrorOverrides;
}

/** A labelled text input registered with react-hook-form. */
export function TextField({ label, registration, error, hint, errorMessages, ...input }: Props) {
  return (
    <FieldShell label={label} hint={hint} error={error} errorMessages={errorMessages}>
      {(control) => <input className="field__input" type="text" {...input} {...control} {...registration} />}
    </FieldShell>
  );
}
