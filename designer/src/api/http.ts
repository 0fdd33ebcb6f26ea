import type { z } from 'zod';
import { badResponse, isAbort, parseApiError, toApiError } from './api-error';

/**
 * The one way the web app talks to the engine: same-origin JSON, the session's CSRF token on
 * every change, every answer parsed with the contract's schema.
 */

export interface ApiHooks {
  /** The signed-in session's CSRF token, sent as `X-CSRF-Token` with every change. */
  csrfToken: () => string | null;
  /** Called when the engine says nobody is signed in (the session ended or expired). */
  onUnauthenticated: () => void;
}

let hooks: ApiHooks = { csrfToken: () => null, onUnauthenticated: () => undefined };

export function configureApi(next: ApiHooks): void {
  hooks = next;
}

export type Method = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

export interface RequestOptions {
  body?: unknown;
  signal?: AbortSignal;
  /** A 401 is an answer here (the session probe), not a sign that the session ended. */
  expectUnauthenticated?: boolean;
  /** Extra request headers, such as `Idempotency-Key`. */
  headers?: Record<string, string>;
}

async function send(method: Method, path: string, options: RequestOptions) {
  const headers: Record<string, string> = { ...options.headers, Accept: 'application/json' };
  if (options.body !== undefined) headers['Content-Type'] = 'application/json';
  const csrf = method === 'GET' ? null : hooks.csrfToken();
  if (csrf) headers['X-CSRF-Token'] = csrf;
  let response: Response;
  let text: string;
  try {
    response = await fetch(path, {
      method,
      headers,
      credentials: 'same-origin',
      body: options.body === undefined ? undefined : JSON.stringify(options.body),
      signal: options.signal,
    });
    text = await response.text();
  } catch (e) {
    if (isAbort(e)) throw e;
    throw toApiError(e);
  }
  let body: unknown = null;
  if (text !== '') {
    try {
      body = JSON.parse(text);
    } catch {
      body = text;
    }
  }
  if (response.status >= 400) {
    const error = parseApiError(response.status, body);
    if (error.status === 401 && error.code === 'UNAUTHENTICATED' && !options.expectUnauthenticated) {
      hooks.onUnauthenticated();
    }
    throw error;
  }
  return { status: response.status, body };
}

/** A request whose answer is parsed with `schema`. */
export async function api<S extends z.ZodType>(
  method: Method,
  path: string,
  schema: S,
  options: RequestOptions = {},
): Promise<z.output<S>> {
  const { status, body } = await send(method, path, options);
  const parsed = schema.safeParse(body);
  if (!parsed.success) throw badResponse(path, status, parsed.error);
  return parsed.data;
}

export interface UploadOptions {
  /** Called as the bytes go out, with the share sent so far (0 to 1). */
  onProgress?: (fraction: number) => void;
  signal?: AbortSignal;
}

/**
 * Sends a file as the raw body (`Content-Type` = its type) with XMLHttpRequest, which, unlike
 * fetch, reports upload progress. The answer is parsed with `schema`, errors as for `api`.
 */
export function apiUpload<S extends z.ZodType>(
  path: string,
  file: Blob,
  schema: S,
  options: UploadOptions = {},
): Promise<z.output<S>> {
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', path);
    xhr.withCredentials = true;
    xhr.setRequestHeader('Accept', 'application/json');
    xhr.setRequestHeader('Content-Type', file.type || 'application/octet-stream');
    const csrf = hooks.csrfToken();
    if (csrf) xhr.setRequestHeader('X-CSRF-Token', csrf);
    xhr.upload.onprogress = (e) => {
      if (e.lengthComputable && e.total > 0) options.onProgress?.(e.loaded / e.total);
    };
    xhr.onerror = () => reject(toApiError(new Error('The upload failed')));
    xhr.onabort = () => reject(new DOMException('The upload was cancelled', 'AbortError'));
    xhr.onload = () => {
      let body: unknown = null;
      if (xhr.responseText !== '') {
        try {
          body = JSON.parse(xhr.responseText);
        } catch {
          body = xhr.responseText;
        }
      }
      if (xhr.status >= 400) {
        const error = parseApiError(xhr.status, body);
        if (error.status === 401 && error.code === 'UNAUTHENTICATED') hooks.onUnauthenticated();
        reject(error);
        return;
      }
      const parsed = schema.safeParse(body);
      if (parsed.success) resolve(parsed.data);
      else reject(badResponse(path, xhr.status, parsed.error));
    };
    options.signal?.addEventListener('abort', () => xhr.abort(), { once: true });
    xhr.send(file);
  });
}

/** A request answered with 204 No Content (or whose answer the app does not need). */
export async function apiVoid(method: Method, path: string, options: RequestOptions = {}): Promise<void> {
  await send(method, path, options);
}

type QueryValue = string | number | readonly string[] | null | undefined;

/** `?a=1&b=x&k=p&k=q`, leaving out absent values and repeating a list's key for each of its values. */
export function withQuery(path: string, params: Record<string, QueryValue>): string {
  const query = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    if (value == null) continue;
    for (const one of typeof value === 'object' ? value : [value]) query.append(key, String(one));
  }
  const s = query.toString();
  return s ? `${path}?${s}` : path;
}

export const segment = (id: string): string => encodeURIComponent(id);
