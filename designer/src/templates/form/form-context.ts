import { get, type FieldError, type FieldErrors, type UseFormReturn } from 'react-hook-form';
import type { TemplateFormValues } from './template-form-values';

/** What every step of the editor gets: the form, its current values and errors. */
export interface StepProps {
  form: UseFormReturn<TemplateFormValues>;
  values: TemplateFormValues;
  errors: FieldErrors<TemplateFormValues>;
}

/** The error at a field's path (`buttons.2.url`), if it has one of its own. */
export function errorAt(errors: FieldErrors<TemplateFormValues>, path: string): FieldError | undefined {
  const found = get(errors, path) as Partial<FieldError> | undefined;
  return typeof found?.message === 'string' && typeof found.type === 'string'
    ? (found as FieldError)
    : undefined;
}
