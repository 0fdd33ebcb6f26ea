import { useState, type ReactNode } from 'react';
import type { FieldError, UseFormRegisterReturn } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { FieldShell } from './FieldShell';

interface Props {
  label: ReactNode;
  registration: UseFormRegisterReturn;
  error?: FieldError | undefined;
  /** A new password: shows the 12-character minimum and asks the browser to suggest one. */
  isNew?: boolean;
}

/** A password input with a show/hide toggle; a new password shows the minimum length. */
export function PasswordField({ label, registration, error, isNew = false }: Props) {
  const { t } = useTranslation();
  const [visible, setVisible] = useState(false);
  return (
    <FieldShell
      label={label}
      hint={isNew ? t('forms.passwordHint') : undefined}
      error={error}
      errorMessages={{ too_small: isNew ? t('forms.passwordTooShort') : t('forms.required') }}
    >
      {(control) => (
        <div className="password-input">
          <input
            className="field__input"
            type={visible ? 'text' : 'password'}
            autoComplete={isNew ? 'new-password' : 'current-password'}
            minLength={isNew ? 12 : undefined}
            spellCheck={false}
            {...control}
            {...registration}
          />
          <button
            type="button"
            className="password-input__toggle"
            aria-pressed={visible}
            onClick={() => setVisible((v) => !v)}
          >
            {visible ? t('common.hidePassword') : t('common.showPassword')}
          </button>
        </div>
      )}
    </FieldShell>
  );
}
