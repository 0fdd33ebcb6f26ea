import type { Permission } from '@parley/contracts';
import { lazyRouteComponent, type RouteComponent } from '@tanstack/react-router';
import type { ReactNode } from 'react';
import { RequirePermission } from '../shell/RequirePermission';

/**
 * A page in a chunk of its own, so what only it uses stays out of the app's first download. It
 * loads when its route is preloaded (a link hovered) or opened, and shows to people with
 * `permission`; everyone else gets the admins-only panel.
 */
export function lazyPage<K extends string>(
  permission: Permission,
  load: () => Promise<Record<K, (props: object) => ReactNode>>,
  name: K,
): RouteComponent {
  const Page: RouteComponent = lazyRouteComponent(async () => ({ Page: (await load())[name] }), 'Page');
  const Guarded = () => (
    <RequirePermission permission={permission}>
      <Page />
    </RequirePermission>
  );
  return Object.assign(Guarded, { preload: Page.preload });
}
