import type { User } from '@parley/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { invitationsQuery, updateUser, unlockUser, usersQuery } from './people.api';

/**
 * A changed person replaces their row at once; the list is then refetched. `onChanged` runs even
 * when the control that started it is gone by then (an Unlock button disappears with the lock).
 */
function useUserChange<V>(change: (variables: V) => Promise<User>, onChanged?: (user: User) => void) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: change,
    onSuccess: async (user) => {
      onChanged?.(user);
      queryClient.setQueryData(usersQuery.queryKey, (users) =>
        users?.map((u) => (u.id === user.id ? user : u)),
      );
      await queryClient.invalidateQueries({ queryKey: usersQuery.queryKey });
    },
  });
}

export const useUpdateUser = (id: string) =>
  useUserChange((body: Parameters<typeof updateUser>[1]) => updateUser(id, body));

export const useUnlockUser = (id: string, onUnlocked: (user: User) => void) =>
  useUserChange(() => unlockUser(id), onUnlocked);

/** After an invitation is created, resent or revoked: the pending list (and the plan's headroom) changed. */
export function useInvitationsChanged() {
  const queryClient = useQueryClient();
  return () => queryClient.invalidateQueries({ queryKey: invitationsQuery.queryKey });
}
