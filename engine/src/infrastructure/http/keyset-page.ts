import { iso } from '../database/timestamps.js';
import { ApiError } from './api-error.js';

/** Opaque keyset cursors: a timestamp and an id, base64url-encoded. */
export function encodeCursor(at: Date | string, id: string): string {
  return Buffer.from(`${iso(at)}|${id}`).toString('base64url');
}

export function decodeCursor(cursor: string, field: string): { at: Date; id: string } {
  const [at, id] = Buffer.from(cursor, 'base64url').toString('utf8').split('|');
  const date = new Date(at ?? '');
  if (!id || Number.isNaN(date.getTime()))
    throw new ApiError(400, 'INVALID_INPUT', `${field}: not a valid cursor`);
  return { at: date, id };
}

/**
 * A page of rows fetched newest first with `limit + 1`: the first `limit`, and the cursor that
 * continues after the last of them when the extra row shows there is more.
 */
export function keysetPage<Row>(
  rows: Row[],
  limit: number,
  keyOf: (row: Row) => readonly [at: Date | string, id: string],
): { page: Row[]; nextCursor: string | null } {
  const page = rows.slice(0, limit);
  const last = page.at(-1);
  return { page, nextCursor: rows.length > limit && last ? encodeCursor(...keyOf(last)) : null };
}
