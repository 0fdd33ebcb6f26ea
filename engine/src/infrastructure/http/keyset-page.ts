import { ApiError } from '../infrastructure/http/api-error.js';

/** Opaque keyset cursors: a timestamp and an id, base64url-encoded. */
export function encodeCursor(at: Date | string, id: string): string {
  return Buffer.from(`${new Date(at).toISOString()}|${id}`).toString('base64url');
}

export function decodeCursor(cursor: string, field: string): { at: Date; id: string } {
  const [at, id] = Buffer.from(cursor, 'base64url').toString('utf8').split('|');
  const date = new Date(at ?? '');
  if (!id || Number.isNaN(date.getTime()))
    throw new ApiError(400, 'INVALID_INPUT', `${field}: not a valid cursor`);
  return { at: date, id };
}
