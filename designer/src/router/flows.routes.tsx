import { createRoute } from '@tanstack/react-router';
import { flowSearch } from '../flows/flow-search';
import { appRoute } from './app.route';
import { lazyPage } from './lazy-page';

/** Flows, for admins (`flows:manage`): the list and one flow's page, each in its own chunk. */

const flowsRoute = createRoute({
  getParentRoute: () => appRoute,
  path: 'flows',
  component: lazyPage('flows:manage', () => import('../flows/list/FlowsPage'), 'FlowsPage'),
});

const flowRoute = createRoute({
  getParentRoute: () => appRoute,
  path: 'flows/$flowId',
  validateSearch: flowSearch,
  component: lazyPage('flows:manage', () => import('../flows/FlowPage'), 'FlowPage'),
});

export const flowsRoutes = [flowsRoute, flowRoute] as const;
