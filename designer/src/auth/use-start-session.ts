import type { Session } from '@parley/contracts';
import { useQueryClient } from '@tanstack/react-query';
import { useRouter } from '@tanstack/react-router';
import { safeRedirect } from './safe-redirect';
import { sessionQuery, setupStatusQuery } from './session.query';

/** After signing in (or setting up, or joining): remember the session and go where the person was headed. */
export function useStartSession() {
  const queryClient = useQueryClient();
  const router = useRouter();
  return async (session: Session, redirect?: string | null): Promise<void> => {
    queryClient.setQueryData(sessionQuery.queryKey, session);
    queryClient.setQueryData(setupStatusQuery.queryKey, { needed: false });
    const target = safeRedirect(redirect);
    if (target) router.history.push(target);
    else await router.navigate({ to: '/inbox' });
  };
}
