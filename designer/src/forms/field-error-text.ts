import type { Translate } from '../i18n/translate';

/** zod's issue codes, as react-hook-form's resolver reports them in `error.type`. */
export type ValidationCode = 'too_small' | 'too_big' | 'invalid_format' | 'invalid_type' | 'custom';

/** A field's own wording for a failed check: "Use at least 12 characters", "Enter the 6 digits". */
export type ErrorOverrides = Partial<Record<ValidationCode, string>>;

/**
 * The error type of a check whose message the form already wrote in the person's language (the
 * template rules of `checkTemplate`, worded from the dictionaries): shown as it is.
 */
export const TRANSLATED = 'translated';

/**
 * What to show under a field that failed. Checks made in the browser are explained in the
 * person's language (the contract's own messages are English); the server's issues, and checks
 * already worded for the person, are shown as the caller set them.
 */
export function fieldErrorText(
  error: { type?: string | undefined; message?: string | undefined },
  t: Translate,
  overrides: ErrorOverrides = {},
): string {
  if (error.type === 'server' || error.type === TRANSLATED) return error.message || t('forms.invalid');
  const override = overrides[error.type as ValidationCode];
  if (override) return override;
  switch (error.type) {
    case 'too_small':
    case 'invalid_type':
      return t('forms.required');
    case 'too_big':
      return t('forms.tooLong');
    default:
      return t('forms.invalid');
  }
}
