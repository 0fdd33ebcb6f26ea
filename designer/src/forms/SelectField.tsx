import type { ReactNode, SelectHTMLAttributes } from 'react';
import type { FieldError, UseFormRegisterReturn } from 'react-hook-form';
import { FieldShell } from './FieldShell';

interface Props extends Omit<SelectHTMLAttributes<HTMLSelectElement>, 'id' | 'name'> {
  label: ReactNode;
  registration: UseFormRegisterReturn;
  error?: FieldError | undefined;
  hint?: ReactNode;
  children: ReactNode;
}

/** A labelled select registered with react-hook-form. */
export function SelectField({ label, registration, error, hint, children, ...select }: Props) {
  return (
    <FieldShell label={label} hint={hint} error={error}>
      {(control) => (
        <select className="field__input" {...select} {...control} {...registration}>
          {children}
        </select>
      )}
    </FieldShell>
  );
}
