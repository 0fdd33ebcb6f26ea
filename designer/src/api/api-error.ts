import { apiErrorSchema, type ApiIssue } from '@parley/contracts';
import type { z } from 'zod';

/**
 * An API failure: the engine's `{ code, message, issues? }`, or a client-side code for transport
 * problems (`NETWORK`, status 0) and answers that do not match the contract (`BAD_RESPONSE`).
 */
export class ApiError extends Error {
  readonly code: string;
  /** HTTP status, or 0 when the server could not be reached. */
  readonly status: number;
  /** The fields at fault (`email`, `scopes.2`), for invalid input. */
  readonly issues: readonly ApiIssue[];
  /** The whole answer, for errors that carry more than the common fields (WINDOW_CLOSED's templates). */
  readonly body: unknown;

  constructor(
    code: string,
    message: string,
    status: number,
    issues: readonly ApiIssue[] = [],
    body: unknown = null,
  ) {
    super(message);
    this.name = 'ApiError';
    this.code = code;
    this.status = status;
    this.issues = issues;
    this.body = body;
  }
}

export const isAbort = (e: unknown): boolean => e instanceof DOMException && e.name === 'AbortError';

/** Any failure as an ApiError: one that is not already is a transport problem. */
export function toApiError(e: unknown): ApiError {
  if (e instanceof ApiError) return e;
  return new ApiError('NETWORK', e instanceof Error ? e.message : String(e), 0);
}

/** The error an answer with a failing status carries; a body off the contract still names the status. */
export function parseApiError(status: number, body: unknown): ApiError {
  const parsed = apiErrorSchema.safeParse(body);
  if (!parsed.success) return new ApiError(`HTTP_${status}`, `HTTP ${status}`, status);
  const { code, message, issues } = parsed.data;
  return new ApiError(code, message, status, issues ?? [], body);
}

/** A successful answer that does not match the contract's schema. */
export function badResponse(path: string, status: number, error: z.ZodError): ApiError {
  const where = error.issues
    .slice(0, 3)
    .map((issue) => `${issue.path.join('.') || '(body)'}: ${issue.message}`)
    .join('; ');
  return new ApiError('BAD_RESPONSE', `Unexpected response from ${path}: ${where}`, status);
}
