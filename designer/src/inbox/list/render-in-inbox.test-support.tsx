import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import {
  createMemoryHistory,
  createRootRoute,
  createRoute,
  createRouter,
  Outlet,
  retainSearchParams,
  RouterProvider,
} from '@tanstack/react-router';
import type { ReactNode } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { I18nextProvider } from 'react-i18next';
import type { Lang } from '../../i18n/languages';
import { i18nInstance } from '../../i18n/translator.test-support';
import { inboxSearch, inboxSearchKeys } from './inbox-search';

/**
 * Static markup of a view of the inbox at `url` (e.g. `/inbox/c1?view=queue`), in a router whose
 * inbox routes take the address as the app's do (inbox.routes.tsx): links and search as in the app.
 */
export async function renderInInbox(
  node: ReactNode,
  url: string,
  lang: Lang,
  queryClient = new QueryClient(),
): Promise<string> {
  const rootRoute = createRootRoute({ component: () => <Outlet /> });
  const inboxRoute = createRoute({
    getParentRoute: () => rootRoute,
    path: 'inbox',
    validateSearch: inboxSearch,
    search: { middlewares: [retainSearchParams([...inboxSearchKeys])] },
    component: () => node,
  });
  const conversationRoute = createRoute({
    getParentRoute: () => inboxRoute,
    path: '$conversationId',
    component: () => null,
  });
  const indexRoute = createRoute({ getParentRoute: () => inboxRoute, path: '/', component: () => null });
  const router = createRouter({
    routeTree: rootRoute.addChildren([inboxRoute.addChildren([indexRoute, conversationRoute])]),
    history: createMemoryHistory({ initialEntries: [url] }),
  });
  await router.load();
  return renderToStaticMarkup(
    <QueryClientProvider client={queryClient}>
      <I18nextProvider i18n={i18nInstance(lang)}>
        <RouterProvider router={router} />
      </I18nextProvider>
    </QueryClientProvider>,
  );
}

/** The opening tags of the elements with this test id. */
export const tagsOf = (html: string, testId: string): string[] =>
  [...html.matchAll(new RegExp(`<[^>]*data-testid="${testId}"[^>]*>`, 'g'))].map((m) => m[0]);

/** The text of the element with this test id, its markup stripped. */
export function textOf(html: string, testId: string): string {
  const start = html.search(new RegExp(`<[^>]*data-testid="${testId}"`));
  if (start === -1) return '';
  const open = html.slice(start).match(/^<(\w+)/)?.[1] ?? 'span';
  // The element's own closing tag: count nested ones of the same name.
  let depth = 0;
  const re = new RegExp(`<(/?)${open}\\b[^>]*>`, 'g');
  re.lastIndex = start;
  let end = html.length;
  for (let m = re.exec(html); m; m = re.exec(html)) {
    depth += m[1] ? -1 : 1;
    if (depth === 0) {
      end = m.index;
      break;
    }
  }
  return html
    .slice(start, end)
    .replace(/<[^>]+>/g, '')
    .replace(/&#x27;/g, "'")
    .replace(/&amp;/g, '&');
}
