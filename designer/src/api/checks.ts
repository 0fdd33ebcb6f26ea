/** Small runtime type checks shared by the guards. */

export type Obj = Record<string, unknown>;

export const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);
export const isStr = (v: unknown): v is string => typeof v === 'string';
export const isStrOrNull = (v: unknown): v is string | null => v === null || typeof v === 'string';
export const isDate = (v: unknown): v is string => isStr(v) && !Number.isNaN(Date.parse(v));
export const isDateOrNull = (v: unknown): v is string | null => v === null || isDate(v);
export const isNum = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);

/** True when `v` is one of `options` (a readonly tuple of literals). */
export const isOneOf = <T extends string>(options: readonly T[], v: unknown): v is T =>
  options.some((o) => o === v);

/** An optional string field: a wrong type counts as absent rather than spoiling the whole object. */
export const optStr = (v: unknown): string | undefined => (isStr(v) ? v : undefined);
export const optBool = (v: unknown): boolean | undefined => (typeof v === 'boolean' ? v : undefined);
