import { deadLetterDetailSchema, deadLetterSchema, pageSchema, replayResultSchema } from '@parley/contracts';
import { infiniteQueryOptions, queryOptions } from '@tanstack/react-query';
import { api, segment, withQuery } from '../api/http';

export type DeadLetterStatus = 'pending' | 'replayed';

const deadLetterPage = pageSchema(deadLetterSchema);

/** Deliveries Parley could not read, newest first, optionally only pending or replayed ones. */
export const deadLettersQuery = (status: DeadLetterStatus | undefined) =>
  infiniteQueryOptions({
    queryKey: ['dead-letters', 'list', status ?? 'all'] as const,
    queryFn: ({ pageParam, signal }) =>
      api('GET', withQuery('/api/dead-letters', { status, cursor: pageParam }), deadLetterPage, { signal }),
    initialPageParam: null as string | null,
    getNextPageParam: (page) => page.nextCursor,
  });

export const deadLetterQuery = (id: string) =>
  queryOptions({
    queryKey: ['dead-letters', 'detail', id] as const,
    queryFn: ({ signal }) =>
      api('GET', `/api/dead-letters/${segment(id)}`, deadLetterDetailSchema, { signal }),
  });

export const replayDeadLetter = (id: string) =>
  api('POST', `/api/dead-letters/${segment(id)}/replay`, replayResultSchema);
