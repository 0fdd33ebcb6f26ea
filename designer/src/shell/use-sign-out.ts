import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useRouter } from '@tanstack/react-router';
import { ApiError } from '../api/api-error';
import { sessionQuery, setupStatusQuery } from '../auth/session.query';

/**
 * Ends the session (here, or on every device) and goes to the sign-in page, dropping every
 * cached read so nothing of this person's lingers for the next one.
 */
const kept = [sessionQuery.queryKey, setupStatusQuery.queryKey].map((key) => JSON.stringify(key));

export function useSignOut(end: () => Promise<void>) {
  const queryClient = useQueryClient();
  const router = useRouter();
  return useMutation({
    mutationFn: async () => {
      try {
        await end();
      } catch (e) {
        if (!(e instanceof ApiError && e.status === 401)) throw e; // already signed out
      }
    },
    onSuccess: async () => {
      queryClient.setQueryData(sessionQuery.queryKey, null);
      await router.navigate({ to: '/sign-in' });
      queryClient.removeQueries({ predicate: (q) => !kept.includes(JSON.stringify(q.queryKey)) });
    },
  });
}
