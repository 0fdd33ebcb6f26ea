import type { Organisation } from '@parley/contracts';
import { useQuery } from '@tanstack/react-query';
import { useSession } from '../shell/use-session';
import { organisationQuery } from './organisation.query';

/** The organisation as it is now, or as the session saw it until that has loaded. */
export function useOrganisation(): Organisation {
  const session = useSession();
  return useQuery(organisationQuery).data ?? session.organisation;
}
