import { auditEntrySchema, pageSchema } from '@parley/contracts';
import { infiniteQueryOptions } from '@tanstack/react-query';
import { api, withQuery } from '../api/http';

const auditPage = pageSchema(auditEntrySchema);

/** The audit log, newest first, a page at a time. */
export const auditLogQuery = infiniteQueryOptions({
  queryKey: ['audit-log'] as const,
  queryFn: ({ pageParam, signal }) =>
    api('GET', withQuery('/api/audit-log', { limit: 50, cursor: pageParam }), auditPage, { signal }),
  initialPageParam: null as string | null,
  getNextPageParam: (page) => page.nextCursor,
});
