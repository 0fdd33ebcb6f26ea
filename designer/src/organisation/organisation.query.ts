import { organisationSchema } from '@parley/contracts';
import { queryOptions } from '@tanstack/react-query';
import { api } from '../api/http';

/** The organisation as it is now (its plan may have changed since the session began). */
export const organisationQuery = queryOptions({
  queryKey: ['organisation'] as const,
  queryFn: ({ signal }) => api('GET', '/api/organisation', organisationSchema, { signal }),
});
