import type { FlowCall, FlowCallResult } from '@parley/workflows/flows';
import { fillPlaceholders, isHostAllowed } from '@parley/workflows/flows';

type HttpCall = Extract<FlowCall, { kind: 'http' }>['request'];
const maxResponseBytes = 256 * 1024;

/** A dotted path's value in a JSON answer, as text (objects as JSON); undefined when absent. */
export function valueAt(body: unknown, path: string): string | undefined {
  let value: unknown = body;
  for (const key of path.split('.')) {
    if (value === null || typeof value !== 'object') return undefined;
    value = (value as Record<string, unknown>)[key];
  }
  if (value === undefined || value === null) return undefined;
  return typeof value === 'object' ? JSON.stringify(value) : String(value);
}

/**
 * An HTTP request node's request: only to an allowed host, its secrets filled in here (never in
 * the workflow), no redirects (they could leave the allowed hosts), the node's timeout, at most
 * 256 KB read. Any failure is an answer (`ok: false`) for the node's `failure` output, never a throw.
 */
export async function performHttp(
  request: HttpCall,
  settings: { allowedHosts: string[]; secrets: Record<string, string> },
  fetcher: typeof fetch = fetch,
): Promise<Extract<FlowCallResult, { kind: 'http' }>> {
  const failed = (error: string, status = 0) => ({
    kind: 'http' as const,
    ok: false,
    status,
    values: {},
    error,
  });
  let url: URL;
  try {
    url = new URL(request.url);
  } catch {
    return failed(`not a URL: ${request.url}`);
  }
  // The validator's rule, checked again here: the list may have changed since publishing.
  if (!isHostAllowed(url, settings.allowedHosts)) return failed(`${url.host} is not an allowed host`);
  const secrets = { variables: {}, contact: {}, secrets: settings.secrets };
  try {
    const response = await fetcher(url, {
      method: request.method,
      headers: Object.fromEntries(
        request.headers.map((header) => [header.name, fillPlaceholders(header.value, secrets)]),
      ),
      ...(request.body !== undefined && request.method !== 'GET'
        ? { body: fillPlaceholders(request.body, secrets) }
        : {}),
      redirect: 'manual',
      signal: AbortSignal.timeout(request.timeoutMs),
    });
    const text = (await response.text()).slice(0, maxResponseBytes);
    if (!response.ok) return failed(`answered ${response.status}`, response.status);
    let body: unknown = text;
    try {
      body = JSON.parse(text);
    } catch {
      // Not JSON: mapped fields stay empty.
    }
    const values: Record<string, string> = {};
    for (const { path, variable } of request.responseMap) {
      const value = valueAt(body, path);
      if (value !== undefined) values[variable] = value.slice(0, 1024);
    }
    return { kind: 'http', ok: true, status: response.status, values };
  } catch (error) {
    return failed(error instanceof Error ? error.message : String(error));
  }
}
