import { ApiError } from '../infrastructure/http/api-error.js';

/** The 409 of a save or publish made on an old revision: the body names the one to reload. */
export function staleRevision(given: number, currentRevision: number): ApiError {
  return new ApiError(
    409,
    'STALE_REVISION',
    `the draft was saved since revision ${given} (it is at revision ${currentRevision}); reload it and apply your change again`,
    undefined,
    { currentRevision },
  );
}
