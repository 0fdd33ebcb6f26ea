/**
 * A stored time as the contract's ISO 8601 text. Rows read with the query builder carry Dates on
 * PostgreSQL and text or numbers on SQLite; both come out the same.
 */
export const iso = (value: Date | string | number): string => new Date(value).toISOString();

/** `iso`, keeping "never" (null) as null. */
export const isoOrNull = (value: Date | string | number | null | undefined): string | null =>
  value == null ? null : iso(value);
