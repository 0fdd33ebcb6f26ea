import { createRoute, redirect, retainSearchParams } from '@tanstack/react-router';
import { inboxSearch, inboxSearchKeys } from '../inbox/list/inbox-search';
import { InboxPage } from '../inbox/InboxPage';
import { appRoute } from './app.route';

const homeRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/',
  beforeLoad: () => {
    throw redirect({ to: '/inbox', replace: true });
  },
});

/**
 * The inbox stays mounted while conversations are opened; the child routes only name the selection.
 * Its search holds the view and the filters, kept by every move inside the inbox (opening a
 * conversation, the thread's back link) unless a move sets them.
 */
const inboxRoute = createRoute({
  getParentRoute: () => appRoute,
  path: 'inbox',
  validateSearch: inboxSearch,
  search: { middlewares: [retainSearchParams([...inboxSearchKeys])] },
  component: InboxPage,
});
const inboxIndexRoute = createRoute({ getParentRoute: () => inboxRoute, path: '/', component: () => null });
const conversationRoute = createRoute({
  getParentRoute: () => inboxRoute,
  path: '$conversationId',
  component: () => null,
});

export const inboxRoutes = [homeRoute, inboxRoute.addChildren([inboxIndexRoute, conversationRoute])] as const;
