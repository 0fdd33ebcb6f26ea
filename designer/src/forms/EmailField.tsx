import type { ReactNode } from 'react';
import type { FieldError, UseFormRegisterReturn } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { TextField } from './TextField';

interface Props {
  registration: UseFormRegisterReturn;
  error?: FieldError | undefined;
  /** "Email address" unless the form says whose. */
  label?: ReactNode;
  /** `username` where it signs someone in (password managers fill it), `off` for someone else's. */
  autoComplete?: 'username' | 'off';
}

/** An email address field: the right keyboard and autofill, and "not an address" in words. */
export function EmailField({ registration, error, label, autoComplete = 'username' }: Props) {
  const { t } = useTranslation();
  return (
    <TextField
      label={label ?? t('auth.email')}
      type="email"
      autoComplete={autoComplete}
      registration={registration}
      error={error}
      errorMessages={{ invalid_format: t('forms.email') }}
    />
  );
}
