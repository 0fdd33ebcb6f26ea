import { creditAccountSchema } from '@parley/contracts';
import { queryOptions } from '@tanstack/react-query';
import { api } from '../api/http';
import { creditAccountKey } from './credits.keys';

/** The balance and how credits are bought, shared by the shell's banner and Settings → Credits. */
export const creditAccountQuery = queryOptions({
  queryKey: creditAccountKey,
  queryFn: ({ signal }) => api('GET', '/api/credits', creditAccountSchema, { signal }),
});
