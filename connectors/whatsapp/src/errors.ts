import { ConnectorSendError } from '@parley/connector-sdk';
import { z } from 'zod';

/** Meta's Graph API error envelope (unknown fields allowed). */
export const graphErrorEnvelopeSchema = z.object({
  error: z.object({
    message: z.string(),
    type: z.string().optional(),
    code: z.number().int(),
    error_subcode: z.number().int().optional(),
    error_data: z.object({ details: z.string().optional() }).optional(),
    fbtrace_id: z.string().optional(),
  }),
});
export type GraphError = z.infer<typeof graphErrorEnvelopeSchema>['error'];

/**
 * Codes where the same send may succeed later: 130429 throughput limit, 131056 pair rate limit,
 * 131057 throughput upgrade, 131000/131016 something went wrong / service unavailable,
 * 133004 server temporarily unavailable, 1/2 Graph unknown / temporarily unavailable,
 * 4/80007 app / WABA rate limits.
 */
const retryableCodes = new Set([130429, 131056, 131057, 131000, 131016, 133004, 1, 2, 4, 80007]);

/**
 * Codes that the same send will never get past: 131047 window closed (a template is needed),
 * 131026 undeliverable, 131049 per-user marketing limit (final for this send), 100 invalid
 * parameter, 0/190/10 and 200–299 authentication and permissions, 132000–132999 template errors.
 */
const permanentCodes = new Set([131047, 131026, 131049, 100, 0, 190, 10]);

export function isRetryable(httpStatus: number, code: number | undefined): boolean {
  if (code !== undefined) {
    if (retryableCodes.has(code)) return true;
    if (permanentCodes.has(code) || (code >= 200 && code <= 299) || (code >= 132000 && code <= 132999))
      return false;
  }
  if (httpStatus === 401 || httpStatus === 403) return false;
  return httpStatus >= 500 || httpStatus === 429;
}

/** Classifies a non-2xx Graph API answer; `body` is the parsed JSON, or undefined when it was not JSON. */
export function graphSendError(httpStatus: number, body: unknown): ConnectorSendError {
  const envelope = graphErrorEnvelopeSchema.safeParse(body);
  if (!envelope.success) {
    return new ConnectorSendError(
      `Graph API answered HTTP ${httpStatus}`,
      `http_${httpStatus}`,
      isRetryable(httpStatus, undefined),
      httpStatus,
    );
  }
  const error = envelope.data.error;
  const details = error.error_data?.details;
  const trace = error.fbtrace_id ? ` (fbtrace_id ${error.fbtrace_id})` : '';
  const message = `${error.message}${details ? `: ${details}` : ''}${trace}`;
  return new ConnectorSendError(message, String(error.code), isRetryable(httpStatus, error.code), httpStatus);
}

/** A send that got no answer: refused connection, reset, DNS failure or timeout. Always retryable. */
export function networkSendError(cause: unknown): ConnectorSendError {
  const timedOut = cause instanceof Error && (cause.name === 'TimeoutError' || cause.name === 'AbortError');
  const reason = timedOut ? 'timed out' : cause instanceof Error ? cause.message : String(cause);
  const error = new ConnectorSendError(`Graph API request failed: ${reason}`, 'network', true);
  error.cause = cause;
  return error;
}
