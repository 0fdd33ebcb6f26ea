import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { createMemoryHistory, createRootRoute, createRouter, RouterProvider } from '@tanstack/react-router';
import type { ReactNode } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { I18nextProvider } from 'react-i18next';
import type { Lang } from '../i18n/languages';
import { i18nInstance } from '../i18n/translator.test-support';

/** Static markup of a view that holds no links, in one language, with a query client (a new one unless given). */
export function renderStatic(node: ReactNode, lang: Lang = 'en', queryClient = new QueryClient()): string {
  return renderToStaticMarkup(
    <QueryClientProvider client={queryClient}>
      <I18nextProvider i18n={i18nInstance(lang)}>{node}</I18nextProvider>
    </QueryClientProvider>,
  );
}

/**
 * Static markup of a flows view in one language, with a query client the test may fill first and,
 * for views that hold links, a router of its own at `/`.
 */
export async function renderFlowsView(
  node: ReactNode,
  { lang = 'en', queryClient = new QueryClient() }: { lang?: Lang; queryClient?: QueryClient } = {},
): Promise<string> {
  const router = createRouter({
    routeTree: createRootRoute({ component: () => node }),
    history: createMemoryHistory({ initialEntries: ['/'] }),
  });
  await router.load();
  return renderStatic(<RouterProvider router={router} />, lang, queryClient);
}
