import { healthSchema, type Health } from '@parley/contracts';
import { queryOptions } from '@tanstack/react-query';
import { ApiError, isAbort, toApiError } from '../api/api-error';

/** `/health` answers 503 while the database is down; its body is still the health report. */
export async function getHealth(signal?: AbortSignal): Promise<Health> {
  let response: Response;
  try {
    response = await fetch('/health', {
      headers: { Accept: 'application/json' },
      credentials: 'same-origin',
      signal,
    });
  } catch (e) {
    if (isAbort(e)) throw e;
    throw toApiError(e);
  }
  const parsed = healthSchema.safeParse(await response.json().catch(() => null));
  if (!parsed.success)
    throw new ApiError(`HTTP_${response.status}`, 'Unexpected response from /health', response.status);
  return parsed.data;
}

/** Polled every 30 s while the tab is visible. */
export const healthQuery = queryOptions({
  queryKey: ['health'] as const,
  queryFn: ({ signal }) => getHealth(signal),
  refetchInterval: 30_000,
  refetchOnWindowFocus: true,
  staleTime: 0,
  retry: false,
});
