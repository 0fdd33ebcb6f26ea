/** One field that changed: its value before and after, as text (null when absent or empty). */
export interface FieldChange {
  field: string;
  before: string | null;
  after: string | null;
}

/** A recorded value as short text: strings as they are, everything else as JSON. */
export function showValue(value: unknown): string | null {
  if (value === null || value === undefined || value === '') return null;
  if (typeof value === 'string') return value;
  return JSON.stringify(value);
}

/** The fields whose value differs between `before` and `after`, in the order they first appear. */
export function fieldDiff(
  before: Record<string, unknown> | null,
  after: Record<string, unknown> | null,
): FieldChange[] {
  const fields = [...new Set([...Object.keys(before ?? {}), ...Object.keys(after ?? {})])];
  return fields
    .map((field) => ({ field, before: showValue(before?.[field]), after: showValue(after?.[field]) }))
    .filter((change) => change.before !== change.after);
}
