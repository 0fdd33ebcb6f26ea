import {
  deadLetterDetailSchema,
  deadLetterSchema,
  listDeadLettersQuery,
  pageSchema,
  replayResultSchema,
  type DeadLetter,
} from '@parley/contracts';
import { infiniteQueryOptions, queryOptions } from '@tanstack/react-query';
import { api, segment, withQuery } from '../api/http';

/** The list's filter: pending or replayed; anything else (an old link, "all") is no filter. */
export const deadLetterStatusFilter = listDeadLettersQuery.shape.status.catch(undefined);

/** The start of every dead-letter list's query key, whatever its filter. */
export const deadLetterListsKey = ['dead-letters', 'list'] as const;

const deadLetterPage = pageSchema(deadLetterSchema);

/** Deliveries Parley could not read, newest first, optionally only pending or replayed ones. */
export const deadLettersQuery = (status: DeadLetter['status'] | undefined) =>
  infiniteQueryOptions({
    queryKey: [...deadLetterListsKey, status ?? 'all'] as const,
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
