import { useQueryClient, type QueryClient } from '@tanstack/react-query';
import { useRouter, type AnyRouter } from '@tanstack/react-router';
import { useCallback } from 'react';
import { sessionQuery } from './session.query';

/**
 * Asks the engine again who is signed in and lets the route guard act on the answer: someone
 * whose session ended is sent to sign in, with a way back to where they were.
 */
export async function recheckSession(queryClient: QueryClient, router: AnyRouter): Promise<void> {
  await queryClient.invalidateQueries({ queryKey: sessionQuery.queryKey });
  await router.invalidate();
}

export function useRecheckSession(): () => void {
  const queryClient = useQueryClient();
  const router = useRouter();
  return useCallback(() => void recheckSession(queryClient, router), [queryClient, router]);
}
