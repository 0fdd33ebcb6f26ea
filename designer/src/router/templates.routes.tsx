import { createRoute } from '@tanstack/react-router';
import { RequirePermission } from '../shell/RequirePermission';
import { TemplatePage } from '../templates/detail/TemplatePage';
import { newTemplateSearch, templatesSearch } from '../templates/list/template-search';
import { TemplatesPage } from '../templates/list/TemplatesPage';
import { appRoute } from './app.route';
import { lazyPage } from './lazy-page';

/**
 * Message templates: everyone with `templates:read` reads them; admins create, edit and delete.
 * The editor, for admins only, comes in its own chunk.
 */

const templatesRoute = createRoute({
  getParentRoute: () => appRoute,
  path: 'templates',
  validateSearch: templatesSearch,
  component: () => (
    <RequirePermission permission="templates:read">
      <TemplatesPage />
    </RequirePermission>
  ),
});

const newTemplateRoute = createRoute({
  getParentRoute: () => appRoute,
  path: 'templates/new',
  validateSearch: newTemplateSearch,
  component: lazyPage(
    'templates:manage',
    () => import('../templates/form/NewTemplatePage'),
    'NewTemplatePage',
  ),
});

const templateRoute = createRoute({
  getParentRoute: () => appRoute,
  path: 'templates/$templateId',
  component: () => (
    <RequirePermission permission="templates:read">
      <TemplatePage />
    </RequirePermission>
  ),
});

const editTemplateRoute = createRoute({
  getParentRoute: () => appRoute,
  path: 'templates/$templateId/edit',
  component: lazyPage(
    'templates:manage',
    () => import('../templates/form/EditTemplatePage'),
    'EditTemplatePage',
  ),
});

export const templatesRoutes = [templatesRoute, newTemplateRoute, templateRoute, editTemplateRoute] as const;
