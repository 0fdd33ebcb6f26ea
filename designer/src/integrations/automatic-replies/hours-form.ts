import {
  get,
  type FieldErrors,
  type FieldPathByValue,
  type FieldValues,
  type UseFormReturn,
} from 'react-hook-form';
import type { BusinessHoursValues } from './business-hours-form';

/** Where a form keeps business hours: a path whose value is `BusinessHoursValues` (`hours`, `conditions.2.hours`). */
export type HoursPath<T extends FieldValues> = FieldPathByValue<T, BusinessHoursValues>;

/** Any form holding business hours at some path, as the hours fields address it. */
export type HoursHost = Record<string, BusinessHoursValues>;

export interface HoursForm {
  form: UseFormReturn<HoursHost>;
  /** The path of the hours in the form. */
  name: string;
  errors: FieldErrors<BusinessHoursValues> | undefined;
}

/**
 * The form as the business hours fields see it, so the automatic replies and a routing rule's
 * condition share them. react-hook-form cannot type a path built inside a generic component
 * (`${name}.timeZone`); through this view each such path is checked against `BusinessHoursValues`,
 * which is sound because `name` is typed to hold exactly that.
 */
export function hoursForm<T extends FieldValues, C, TT>(
  form: UseFormReturn<T, C, TT>,
  name: HoursPath<T>,
): HoursForm {
  return {
    form: form as unknown as UseFormReturn<HoursHost>,
    name,
    errors: get(form.formState.errors, name) as FieldErrors<BusinessHoursValues> | undefined,
  };
}
