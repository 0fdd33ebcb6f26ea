import type { InputHTMLAttributes, ReactNode } from 'react';
import type { FieldError, UseFormRegisterReturn } from 'react-hook-form';
import type { ErrorOverrides } from './field-error-text';
import { FieldShell, type FieldCounter } from './FieldShell';

interface Props extends Omit<InputHTMLAttributes<HTMLInputElement>, 'id' | 'name'> {
  label: ReactNode;
  registration: UseFormRegisterReturn;
  error?: FieldError | undefined;
  hint?: ReactNode;
  counter?: FieldCounter | undefined;
  errorMessages?: ErrorOverrides;
  className?: string;
}

/** A labelled text input registered with react-hook-form. */
export function TextField({
  label,
  registration,
  error,
  hint,
  counter,
  errorMessages,
  className,
  ...input
}: Props) {
  return (
    <FieldShell
      label={label}
      hint={hint}
      counter={counter}
      error={error}
      errorMessages={errorMessages}
      className={className}
    >
      {(control) => <input className="field__input" type="text" {...input} {...control} {...registration} />}
    </FieldShell>
  );
}
