import { sessionSchema, setupStatusSchema, type Session } from '@parley/contracts';
import { queryOptions } from '@tanstack/react-query';
import { ApiError } from '../api/api-error';
import { api } from '../api/http';

/** Who is signed in, or null. Fresh for five minutes; a 401 anywhere invalidates it at once. */
export const sessionQuery = queryOptions({
  queryKey: ['session'] as const,
  queryFn: async ({ signal }): Promise<Session | null> => {
    try {
      return await api('GET', '/api/auth/session', sessionSchema, { signal, expectUnauthenticated: true });
    } catch (e) {
      if (e instanceof ApiError && e.status === 401) return null;
      throw e;
    }
  },
  staleTime: 5 * 60_000,
});

/** Whether this installation still needs its first admin. */
export const setupStatusQuery = queryOptions({
  queryKey: ['auth', 'setup'] as const,
  queryFn: ({ signal }) => api('GET', '/api/auth/setup', setupStatusSchema, { signal }),
  staleTime: 5 * 60_000,
});
