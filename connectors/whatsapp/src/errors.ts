import { ConnectorSendError } from '@parley/connector-sdk';
import { z } from 'zod';
import { informational } from './inbound/webhook-fields.schema.js';

/** Meta's Graph API error envelope (unknown fields allowed; `error_data` is informational). */
export const graphErrorEnvelopeSchema = z.object({
  error: z.object({
    message: z.string(),
    type: z.string().optional(),
    code: z.number().int(),
    error_subcode: z.number().int().optional(),
    // Informational: a `details` that is not a string (or a malformed error_data) is dropped.
    error_data: informational(z.object({ details: informational(z.string()) })),
    is_transient: z.boolean().optional(),
    fbtrace_id: z.string().optional(),
  }),
});
export type GraphError = z.infer<typeof graphErrorEnvelopeSchema>['error'];

export interface ErrorClass {
  retryable: boolean;
  /** How long to wait before trying again, when Meta's rules say. */
  retryAfterMs?: number;
  meaning: string;
}

const retry = (meaning: string, retryAfterMs?: number): ErrorClass =>
  retryAfterMs === undefined ? { retryable: true, meaning } : { retryable: true, retryAfterMs, meaning };
const permanent = (meaning: string): ErrorClass => ({ retryable: false, meaning });

/**
 * Meta's error codes and what Parley does with them. Codes not listed fall back to ranges
 * (132xxx template and 133xxx registration errors, 200–299 permissions: permanent), then to the
 * HTTP status (5xx and 429 retryable, 401/403 and other 4xx permanent).
 */
export const whatsappErrorTable: Readonly<Record<number, ErrorClass>> = {
  131047: permanent('customer service window closed: only a template may be sent'),
  // The On-Premises API's code for the same (Cloud API answers 131047); still seen from some BSPs.
  470: permanent('outside the customer service window: only a template may be sent'),
  131026: permanent('message undeliverable'),
  131051: permanent('unsupported message type'),
  131008: permanent('required parameter missing'),
  131009: permanent('parameter value not valid'),
  131049: permanent('per-user marketing limit: final for this send'),
  131062: permanent(
    'business-scoped user ID (BSUID) recipients are not supported for this message (one-tap, zero-tap and copy-code authentication templates): send it to the phone number',
  ),
  130429: retry('throughput limit reached', 1_000),
  131056: retry('pair rate limit: about one message per 6 s to the same user', 6_000),
  131057: retry('throughput upgrade in progress'),
  131000: retry('something went wrong'),
  131016: retry('service unavailable'),
  133004: retry('server temporarily unavailable'),
  1: retry('unknown Graph API error'),
  2: retry('Graph API temporarily unavailable'),
  4: retry('application request limit reached'),
  80007: retry('WhatsApp Business Account rate limit reached'),
  132000: permanent('template parameter count mismatch'),
  132001: permanent('template does not exist in this language'),
  132005: permanent('template text too long after substitution'),
  132007: permanent('template format character policy violated'),
  132012: permanent('template parameter format mismatch'),
  132015: permanent('template paused'),
  132016: permanent('template disabled'),
  132018: permanent('template parameters invalid'),
  132068: permanent('flow is blocked'),
  132069: permanent('flow is throttled'),
  133016: permanent('too many registration attempts: locked for 72 hours'),
  0: permanent('authentication exception'),
  190: permanent('access token expired or invalid'),
  10: permanent('permission denied'),
  200: permanent('permission error'),
  100: permanent('invalid parameter'),
};

/** Classifies an answer by Meta's code (table, then ranges) and the HTTP status. */
export function classifyGraphError(
  httpStatus: number,
  code: number | undefined,
  transient = false,
): ErrorClass {
  if (code !== undefined) {
    const known = whatsappErrorTable[code];
    if (known) return known;
    if ((code >= 132000 && code <= 133999) || (code >= 200 && code <= 299))
      return permanent('template, registration or permission error');
  }
  if (httpStatus >= 500 || httpStatus === 429 || transient) return retry(`HTTP ${httpStatus}`);
  return permanent(`HTTP ${httpStatus}`);
}

export function isRetryable(httpStatus: number, code: number | undefined): boolean {
  return classifyGraphError(httpStatus, code).retryable;
}

/** Classifies a non-2xx Graph API answer; `body` is the parsed JSON, or undefined when it was not JSON. */
export function graphSendError(httpStatus: number, body: unknown): ConnectorSendError {
  const envelope = graphErrorEnvelopeSchema.safeParse(body);
  if (!envelope.success) {
    const { retryable } = classifyGraphError(httpStatus, undefined);
    return new ConnectorSendError(
      `Graph API answered HTTP ${httpStatus}`,
      `http_${httpStatus}`,
      retryable,
      httpStatus,
    );
  }
  const error = envelope.data.error;
  const details = error.error_data?.details;
  const trace = error.fbtrace_id ? ` (fbtrace_id ${error.fbtrace_id})` : '';
  const message = `${error.message}${details ? `: ${details}` : ''}${trace}`;
  const { retryable, retryAfterMs } = classifyGraphError(httpStatus, error.code, error.is_transient);
  return new ConnectorSendError(message, String(error.code), retryable, httpStatus, retryAfterMs);
}

/** A request that got no answer: refused connection, reset, DNS failure or timeout. Always retryable. */
export function networkSendError(cause: unknown): ConnectorSendError {
  const timedOut = cause instanceof Error && (cause.name === 'TimeoutError' || cause.name === 'AbortError');
  const reason = timedOut ? 'timed out' : cause instanceof Error ? cause.message : String(cause);
  const error = new ConnectorSendError(`Graph API request failed: ${reason}`, 'network', true);
  error.cause = cause;
  return error;
}

/** A 2xx answer Parley cannot read. Not retryable: the platform may have acted on the request. */
export function invalidResponseError(what: string, httpStatus: number): ConnectorSendError {
  return new ConnectorSendError(
    `Graph API answered ${what} in an unexpected shape`,
    'invalid_response',
    false,
    httpStatus,
  );
}
