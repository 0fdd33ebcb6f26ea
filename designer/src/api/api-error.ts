/** An API failure with the engine's `{ code, message }`, or a client-side code for transport problems. */
export class ApiError extends Error {
  readonly code: string;
  /** HTTP status, or 0 when the server could not be reached. */
  readonly status: number;

  constructor(code: string, message: string, status: number) {
    super(message);
    this.name = 'ApiError';
    this.code = code;
    this.status = status;
  }
}

export const isAbort = (e: unknown): boolean => e instanceof DOMException && e.name === 'AbortError';

export function toApiError(e: unknown): ApiError {
  if (e instanceof ApiError) return e;
  return new ApiError('NETWORK', e instanceof Error ? e.message : String(e), 0);
}
