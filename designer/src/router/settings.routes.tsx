import { createRoute, redirect } from '@tanstack/react-router';
import { z } from 'zod';
import { AccountPage } from '../account/AccountPage';
import { ApiTokensPage } from '../api-tokens/ApiTokensPage';
import { AuditLogPage } from '../audit/AuditLogPage';
import { creditsSearch } from '../credits/credits-search';
import { AutomaticRepliesPage } from '../integrations/automatic-replies/AutomaticRepliesPage';
import { ChannelAccountPage } from '../integrations/ChannelAccountPage';
import { IntegrationsPage } from '../integrations/IntegrationsPage';
import { OrganisationPage } from '../organisation/OrganisationPage';
import { PeoplePage } from '../people/PeoplePage';
import { RequirePermission } from '../shell/RequirePermission';
import { DeadLetterPage } from '../webhook-deliveries/DeadLetterPage';
import { deadLetterStatusFilter } from '../webhook-deliveries/dead-letters.api';
import { DeadLettersPage } from '../webhook-deliveries/DeadLettersPage';
import { appRoute } from './app.route';
import { lazyPage } from './lazy-page';

const settingsRoute = createRoute({
  getParentRoute: () => appRoute,
  path: 'settings',
  beforeLoad: () => {
    throw redirect({ to: '/settings/integrations', replace: true });
  },
});

const integrationsRoute = createRoute({
  getParentRoute: () => appRoute,
  path: 'settings/integrations',
  component: () => (
    <RequirePermission permission="channels:read">
      <IntegrationsPage />
    </RequirePermission>
  ),
});

const channelAccountRoute = createRoute({
  getParentRoute: () => appRoute,
  path: 'settings/integrations/$accountId',
  component: () => (
    <RequirePermission permission="channels:read">
      <ChannelAccountPage />
    </RequirePermission>
  ),
});

const automaticRepliesRoute = createRoute({
  getParentRoute: () => appRoute,
  path: 'settings/integrations/$accountId/automatic-replies',
  component: () => (
    <RequirePermission permission="channels:read">
      <AutomaticRepliesPage />
    </RequirePermission>
  ),
});

const peopleRoute = createRoute({
  getParentRoute: () => appRoute,
  path: 'settings/users',
  component: () => (
    <RequirePermission permission="users:manage">
      <PeoplePage />
    </RequirePermission>
  ),
});

const organisationRoute = createRoute({
  getParentRoute: () => appRoute,
  path: 'settings/organisation',
  component: () => (
    <RequirePermission permission="organisation:manage">
      <OrganisationPage />
    </RequirePermission>
  ),
});

/** Teams and routing rules, each in its own chunk. */
const teamsRoute = createRoute({
  getParentRoute: () => appRoute,
  path: 'settings/teams',
  component: lazyPage('routing:manage', () => import('../routing/teams/TeamsPage'), 'TeamsPage'),
});

const routingRoute = createRoute({
  getParentRoute: () => appRoute,
  path: 'settings/routing',
  component: lazyPage(
    'routing:manage',
    () => import('../routing/rules/RoutingRulesPage'),
    'RoutingRulesPage',
  ),
});

/** Canned replies: everyone with the inbox reads them (writing needs templates:manage); in its own chunk. */
const cannedRepliesRoute = createRoute({
  getParentRoute: () => appRoute,
  path: 'settings/canned-replies',
  component: lazyPage('inbox:read', () => import('../canned-replies/CannedRepliesPage'), 'CannedRepliesPage'),
});

/** Every account's business hours, saved into its automatic replies (so their permission); in its own chunk. */
const businessHoursRoute = createRoute({
  getParentRoute: () => appRoute,
  path: 'settings/business-hours',
  component: lazyPage(
    'channels:manage',
    () => import('../business-hours/BusinessHoursPage'),
    'BusinessHoursPage',
  ),
});

/** The hosts and secrets of flows' HTTP request nodes; in its own chunk. */
const flowSettingsRoute = createRoute({
  getParentRoute: () => appRoute,
  path: 'settings/flows',
  component: lazyPage('flows:manage', () => import('../flow-settings/FlowSettingsPage'), 'FlowSettingsPage'),
});

/** In its own chunk with the chart library. */
const creditsRoute = createRoute({
  getParentRoute: () => appRoute,
  path: 'settings/credits',
  validateSearch: creditsSearch,
  component: lazyPage('credits:manage', () => import('../credits/page/CreditsPage'), 'CreditsPage'),
});

const apiTokensRoute = createRoute({
  getParentRoute: () => appRoute,
  path: 'settings/api-tokens',
  component: ApiTokensPage,
});

const auditLogRoute = createRoute({
  getParentRoute: () => appRoute,
  path: 'settings/audit-log',
  component: () => (
    <RequirePermission permission="audit:read">
      <AuditLogPage />
    </RequirePermission>
  ),
});

const deadLettersRoute = createRoute({
  getParentRoute: () => appRoute,
  path: 'settings/webhook-deliveries',
  validateSearch: z.object({ status: deadLetterStatusFilter }),
  component: () => (
    <RequirePermission permission="webhooks:manage">
      <DeadLettersPage />
    </RequirePermission>
  ),
});

const deadLetterRoute = createRoute({
  getParentRoute: () => appRoute,
  path: 'settings/webhook-deliveries/$deadLetterId',
  component: () => (
    <RequirePermission permission="webhooks:manage">
      <DeadLetterPage />
    </RequirePermission>
  ),
});

const accountRoute = createRoute({ getParentRoute: () => appRoute, path: 'account', component: AccountPage });

export const settingsRoutes = [
  settingsRoute,
  integrationsRoute,
  channelAccountRoute,
  automaticRepliesRoute,
  peopleRoute,
  teamsRoute,
  routingRoute,
  cannedRepliesRoute,
  businessHoursRoute,
  flowSettingsRoute,
  organisationRoute,
  creditsRoute,
  apiTokensRoute,
  auditLogRoute,
  deadLettersRoute,
  deadLetterRoute,
  accountRoute,
] as const;
