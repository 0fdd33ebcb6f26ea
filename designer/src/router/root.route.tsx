import type { QueryClient } from '@tanstack/react-query';
import { createRootRouteWithContext, Outlet } from '@tanstack/react-router';
import { NotFoundPage } from '../shell/NotFoundPage';
import { RouteErrorPage } from '../shell/RouteErrorPage';
import { RouteFocus } from '../shell/RouteFocus';

export interface RouterContext {
  queryClient: QueryClient;
}

function Root() {
  return (
    <>
      <RouteFocus />
      <Outlet />
    </>
  );
}

export const rootRoute = createRootRouteWithContext<RouterContext>()({
  component: Root,
  notFoundComponent: NotFoundPage,
  errorComponent: RouteErrorPage,
});
