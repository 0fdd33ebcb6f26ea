import type { QueryClient } from '@tanstack/react-query';
import { flowsKey } from '../flows/flows.api';
import { flowSettingsQuery } from './flow-settings.api';

/**
 * After a host or secret changed: the settings read again, and every flow's validation context
 * (the live check names unknown secrets and hosts not allowed) with them.
 */
export async function flowSettingsChanged(queryClient: QueryClient): Promise<void> {
  await Promise.all([
    queryClient.invalidateQueries({ queryKey: flowSettingsQuery.queryKey }),
    queryClient.invalidateQueries({ queryKey: [...flowsKey, 'validation-context'] }),
  ]);
}
