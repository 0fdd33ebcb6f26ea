/**
 * The object with an optional key set to `value`, or without the key when the value is blank or
 * undefined (an optional field left empty is absent, never ''). Every other key stays as it was.
 */
export function withOptional<T extends object, K extends keyof T>(
  object: T,
  key: K,
  value: T[K] | undefined,
): T {
  const next: Partial<T> = { ...object };
  if (value === undefined || (typeof value === 'string' && value.trim() === '')) delete next[key];
  else next[key] = value;
  return next as T;
}

/**
 * What a number input's text means for the node: the number typed (even out of range: the schema
 * check flags it), or null when it is empty or not a number, so the previous value is kept.
 */
export function typedNumber(text: string): number | null {
  if (text.trim() === '') return null;
  const value = Number(text);
  return Number.isFinite(value) ? value : null;
}
