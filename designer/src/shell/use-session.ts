import type { Permission, Session } from '@parley/contracts';
import { useQuery } from '@tanstack/react-query';
import { useRouteContext } from '@tanstack/react-router';
import { sessionQuery } from '../auth/session.query';

/**
 * The signed-in session, kept fresh from the cache (a renamed profile shows at once). Falls back
 * to the one the route guard saw while the cache is being refetched or was just cleared.
 */
export function useSession(): Session {
  const guarded = useRouteContext({ from: '/app' }).session;
  const cached = useQuery(sessionQuery).data;
  return cached ?? guarded;
}

export function useCan(permission: Permission): boolean {
  return useSession().permissions.includes(permission);
}
