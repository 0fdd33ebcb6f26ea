import type { Permission } from '@parley/contracts';
import type { ReactNode } from 'react';
import { AdminOnlyPanel } from './AdminOnlyPanel';
import { useCan, useSession } from './use-session';

/** Shows the page to people who may use it, and an "admins only" panel to everyone else. */
export function RequirePermission({ permission, children }: { permission: Permission; children: ReactNode }) {
  const session = useSession();
  const allowed = useCan(permission);
  if (allowed) return children;
  return <AdminOnlyPanel organisation={session.organisation.name} />;
}
