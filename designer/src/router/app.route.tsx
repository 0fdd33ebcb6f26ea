import { createRoute, redirect } from '@tanstack/react-router';
import { sessionQuery } from '../auth/session.query';
import { AppLayout } from '../shell/AppLayout';
import { PendingPage } from '../shell/PendingPage';
import { rootRoute } from './root.route';

/** Everything behind sign-in. The guard hands the session to every page below it. */
export const appRoute = createRoute({
  getParentRoute: () => rootRoute,
  id: 'app',
  beforeLoad: async ({ context: { queryClient }, location }) => {
    const session = await queryClient.query(sessionQuery);
    if (!session) throw redirect({ to: '/sign-in', search: { redirect: location.href } });
    return { session };
  },
  component: AppLayout,
  pendingComponent: PendingPage,
});
