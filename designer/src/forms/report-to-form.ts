import type { ApiIssue } from '@parley/contracts';
import type { FieldPath, FieldValues, UseFormSetError } from 'react-hook-form';
import { toApiError, type ApiError } from '../api/api-error';

export interface FieldIssue<F extends string> {
  field: F;
  message: string;
}

/** Splits the server's issues into those about the form's fields (`scopes.2` is about `scopes`) and the rest. */
export function splitIssues<F extends string>(
  issues: readonly ApiIssue[],
  fields: readonly F[],
): { onFields: FieldIssue<F>[]; rest: ApiIssue[] } {
  const onFields: FieldIssue<F>[] = [];
  const rest: ApiIssue[] = [];
  for (const issue of issues) {
    const field = fields.find((f) => issue.path === f || issue.path.startsWith(`${f}.`));
    if (field === undefined) rest.push(issue);
    else if (!onFields.some((i) => i.field === field)) onFields.push({ field, message: issue.message });
  }
  return { onFields, rest };
}

/** An error code that is about one field, with the words to show there. */
export type CodeFields<F extends string> = Partial<Record<string, FieldIssue<F>>>;

/**
 * Shows a failed submission on the form: issues naming a field (and codes that are about one,
 * like EMAIL_TAKEN) go under that field; returns the error for the form's alert when anything is
 * left over, else null.
 */
export function reportToForm<T extends FieldValues>(
  failure: unknown,
  setError: UseFormSetError<T>,
  fields: readonly FieldPath<T>[],
  codeFields: CodeFields<FieldPath<T>> = {},
): ApiError | null {
  const error = toApiError(failure);
  const byCode = codeFields[error.code];
  const { onFields, rest } = byCode ? { onFields: [byCode], rest: [] } : splitIssues(error.issues, fields);
  onFields.forEach(({ field, message }, i) =>
    setError(field, { type: 'server', message }, { shouldFocus: i === 0 }),
  );
  return onFields.length > 0 && rest.length === 0 ? null : error;
}
