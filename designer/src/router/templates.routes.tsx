import { createRoute } from '@tanstack/react-router';
import { RequirePermission } from '../shell/RequirePermission';
import { TemplatePage } from '../templates/detail/TemplatePage';
import { EditTemplatePage } from '../templates/form/EditTemplatePage';
import { NewTemplatePage } from '../templates/form/NewTemplatePage';
import { newTemplateSearch, templatesSearch } from '../templates/list/template-search';
import { TemplatesPage } from '../templates/list/TemplatesPage';
import { appRoute } from './app.route';

/** Message templates: everyone with `templates:read` reads them; admins create, edit and delete. */

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
  component: () => (
    <RequirePermission permission="templates:manage">
      <NewTemplatePage />
    </RequirePermission>
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
  component: () => (
    <RequirePermission permission="templates:manage">
      <EditTemplatePage />
    </RequirePermission>
  ),
});

export const templatesRoutes = [templatesRoute, newTemplateRoute, templateRoute, editTemplateRoute] as const;
