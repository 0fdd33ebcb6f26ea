import type { z } from 'zod';
import { graphSendError, invalidResponseError, networkSendError } from './errors.js';

export const DEFAULT_TIMEOUT_MS = 10_000;

/** Where the Graph API is; the token is needed by every call but the OAuth code exchange. */
export interface GraphEndpoint {
  apiBaseUrl: string;
  graphVersion: string;
  accessToken?: string | undefined;
}

export interface GraphCallOptions {
  fetch: typeof fetch;
  timeoutMs?: number | undefined;
}

export interface GraphCall {
  method: 'GET' | 'POST' | 'DELETE';
  /** Path under the version, e.g. `123/messages`; segments are encoded by `graphPath`. */
  path: string;
  query?: Record<string, string | number | undefined>;
  /** A JSON body, form data (multipart uploads), or raw bytes (a Blob or Uint8Array, sent as they are). */
  body?: unknown;
  headers?: Record<string, string>;
  /** Sent without the bearer token (the OAuth code exchange authenticates with the app secret). */
  anonymous?: boolean;
  /** How the token is presented; `OAuth` for the Resumable Upload API's file step. `Bearer` by default. */
  authScheme?: AuthScheme;
}

export type AuthScheme = 'Bearer' | 'OAuth';

/** `a/b` from segments, each percent-encoded. */
export function graphPath(...segments: string[]): string {
  return segments.map(encodeURIComponent).join('/');
}

export function graphUrl(endpoint: GraphEndpoint, path: string, query: GraphCall['query'] = {}): string {
  const url = new URL(`${endpoint.apiBaseUrl.replace(/\/+$/, '')}/${endpoint.graphVersion}/${path}`);
  for (const [key, value] of Object.entries(query))
    if (value !== undefined) url.searchParams.set(key, String(value));
  return url.toString();
}

export function bearer(endpoint: GraphEndpoint, scheme: AuthScheme = 'Bearer'): Record<string, string> {
  return endpoint.accessToken ? { Authorization: `${scheme} ${endpoint.accessToken}` } : {};
}

/**
 * One Graph API call: JSON in, JSON out, parsed with `schema`. Meta's error answers, unreachable
 * hosts and timeouts become classified ConnectorSendErrors; an unreadable success is `invalid_response`.
 */
export async function graphCall<T>(
  endpoint: GraphEndpoint,
  call: GraphCall,
  schema: z.ZodType<T>,
  options: GraphCallOptions,
): Promise<T> {
  const asIs = call.body instanceof FormData || call.body instanceof Blob || call.body instanceof Uint8Array;
  const headers = {
    ...(call.anonymous ? {} : bearer(endpoint, call.authScheme)),
    ...(call.body !== undefined && !asIs ? { 'Content-Type': 'application/json' } : {}),
    ...call.headers,
  };
  const body =
    call.body === undefined
      ? undefined
      : asIs
        ? (call.body as RequestInit['body'])
        : JSON.stringify(call.body);
  const { status, json } = await fetchJson(
    graphUrl(endpoint, call.path, call.query),
    { method: call.method, headers, ...(body === undefined ? {} : { body }) },
    options,
  );
  if (status < 200 || status > 299) throw graphSendError(status, json);
  const parsed = schema.safeParse(json);
  if (!parsed.success) throw invalidResponseError(`${call.method} ${call.path.split('?')[0]}`, status);
  return parsed.data;
}

async function fetchJson(
  url: string,
  init: RequestInit,
  options: GraphCallOptions,
): Promise<{ status: number; json: unknown }> {
  try {
    const response = await options.fetch(url, {
      ...init,
      signal: AbortSignal.timeout(options.timeoutMs ?? DEFAULT_TIMEOUT_MS),
    });
    const text = await response.text();
    return { status: response.status, json: parseJson(text) };
  } catch (cause) {
    throw networkSendError(cause);
  }
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}
