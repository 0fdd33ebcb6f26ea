import type { QueryClient } from '@tanstack/react-query';
import { createRouter, type RouterHistory } from '@tanstack/react-router';
import { PendingPage } from '../shell/PendingPage';
import { appRoute } from './app.route';
import { flowsRoutes } from './flows.routes';
import { inboxRoutes } from './inbox.routes';
import { publicRoutes, whatsappCallbackRoute } from './public.routes';
import { rootRoute } from './root.route';
import { settingsRoutes } from './settings.routes';
import { templatesRoutes } from './templates.routes';

export const routeTree = rootRoute.addChildren([
  publicRoutes,
  whatsappCallbackRoute,
  appRoute.addChildren([...inboxRoutes, ...templatesRoutes, ...flowsRoutes, ...settingsRoutes]),
]);

/** The app's router: browser history (the engine serves the app for every page path). */
export function createAppRouter(queryClient: QueryClient, history?: RouterHistory) {
  return createRouter({
    routeTree,
    context: { queryClient },
    defaultPreload: 'intent',
    defaultPreloadStaleTime: 0,
    defaultPendingComponent: PendingPage,
    defaultPendingMs: 400,
    ...(history ? { history } : {}),
  });
}

declare module '@tanstack/react-router' {
  interface Register {
    router: ReturnType<typeof createAppRouter>;
  }
}
