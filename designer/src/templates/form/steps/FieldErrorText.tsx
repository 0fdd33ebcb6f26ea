import type { FieldError } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { fieldErrorText } from '../../../forms/field-error-text';

/** An error that belongs to a group of controls rather than one field (the buttons as a whole). */
export function FieldErrorText({ error, id }: { error: FieldError | undefined; id?: string }) {
  const { t } = useTranslation();
  if (!error) return null;
  return (
    <p id={id} className="field__error">
      {fieldErrorText(error, t)}
    </p>
  );
}
