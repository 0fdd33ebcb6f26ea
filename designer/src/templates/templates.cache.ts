import type { Template, TemplateDetail } from '@parley/contracts';
import type { QueryClient } from '@tanstack/react-query';
import { templateDetailsKey, templateGroupsQuery, templateListsKey, templateQuery } from './templates.api';

/**
 * Keeping cached templates in step with changes, made here or told by the live stream: the new
 * state shows at once where it is cached, then the reads are refetched (a new template may belong
 * to a list, a status change adds to the timeline).
 */

/** A template's new state into every cached list that holds it and into its cached detail. */
function putTemplate(queryClient: QueryClient, template: Template): void {
  queryClient.setQueriesData<Template[]>({ queryKey: templateListsKey }, (items) =>
    items?.map((t) => (t.id === template.id ? template : t)),
  );
  queryClient.setQueryData<TemplateDetail>(templateQuery(template.id).queryKey, (detail) =>
    detail ? { ...detail, ...template } : detail,
  );
}

/** A deleted template leaves every cached list. */
function dropTemplate(queryClient: QueryClient, templateId: string): void {
  queryClient.setQueriesData<Template[]>({ queryKey: templateListsKey }, (items) =>
    items?.filter((t) => t.id !== templateId),
  );
}

/** Refetches the lists, the groups (their counts) and one template's detail (or all of them). */
export async function refreshTemplates(queryClient: QueryClient, templateId?: string): Promise<void> {
  await Promise.all([
    queryClient.invalidateQueries({ queryKey: templateListsKey }),
    queryClient.invalidateQueries({ queryKey: templateGroupsQuery.queryKey }),
    queryClient.invalidateQueries({
      queryKey: templateId ? templateQuery(templateId).queryKey : templateDetailsKey,
    }),
  ]);
}

/** After a change to a template: its new state everywhere at once, then fresh reads. */
export async function templateChanged(queryClient: QueryClient, template: Template): Promise<void> {
  putTemplate(queryClient, template);
  await refreshTemplates(queryClient, template.id);
}

/** After a template was deleted: gone from the lists at once, then fresh reads. */
export async function templateDeleted(queryClient: QueryClient, templateId: string): Promise<void> {
  dropTemplate(queryClient, templateId);
  await refreshTemplates(queryClient, templateId);
}
