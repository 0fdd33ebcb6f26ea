import { createRoute, redirect } from '@tanstack/react-router';
import { InboxPage } from '../inbox/InboxPage';
import { appRoute } from './app.route';

const homeRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/',
  beforeLoad: () => {
    throw redirect({ to: '/inbox', replace: true });
  },
});

/** The inbox stays mounted while conversations are opened; the child routes only name the selection. */
const inboxRoute = createRoute({ getParentRoute: () => appRoute, path: 'inbox', component: InboxPage });
const inboxIndexRoute = createRoute({ getParentRoute: () => inboxRoute, path: '/', component: () => null });
const conversationRoute = createRoute({
  getParentRoute: () => inboxRoute,
  path: '$conversationId',
  component: () => null,
});

export const inboxRoutes = [homeRoute, inboxRoute.addChildren([inboxIndexRoute, conversationRoute])] as const;
