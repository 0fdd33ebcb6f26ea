import type { ChannelAccount, UpdateChannelAccountRequest } from '@parley/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { disconnectChannelAccount, updateChannelAccount } from './channel-accounts.api';
import { accountChanged } from './channel-accounts.query';

/** Rename or switch an account; its new state shows everywhere it is cached. */
export function useUpdateAccount(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: UpdateChannelAccountRequest) => updateChannelAccount(id, body),
    onSuccess: (account) => accountChanged(queryClient, account),
  });
}

/** `onDisconnected` runs even though the controls that started it disappear with the connection. */
export function useDisconnectAccount(id: string, onDisconnected: (account: ChannelAccount) => void) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => disconnectChannelAccount(id),
    onSuccess: async (account) => {
      onDisconnected(account);
      await accountChanged(queryClient, account);
    },
  });
}
