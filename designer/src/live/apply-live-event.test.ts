import type { ChannelAccount } from '@parley/contracts';
import { QueryClient } from '@tanstack/react-query';
import { describe, expect, it } from 'vitest';
import { channelAccountQuery, channelAccountsQuery } from '../integrations/channel-accounts.query';
import { whatsappAccount } from '../integrations/fixtures.test-support';
import { applyLiveEvent } from './apply-live-event';

const updated = (channelAccount: ChannelAccount) => ({
  type: 'channel_account.updated' as const,
  channelAccount,
});

describe('applyLiveEvent', () => {
  it('puts a changed account into the cached list and its detail', () => {
    const queryClient = new QueryClient();
    const a = whatsappAccount('11111111-1111-4111-8111-111111111111', 'Support');
    const b = whatsappAccount('22222222-2222-4222-8222-222222222222', 'Sales');
    queryClient.setQueryData(channelAccountsQuery.queryKey, [a, b]);
    const off = { ...b, enabled: false };
    applyLiveEvent(queryClient, updated(off));
    expect(queryClient.getQueryData(channelAccountsQuery.queryKey)).toEqual([a, off]);
    expect(queryClient.getQueryData(channelAccountQuery(b.id).queryKey)).toEqual(off);
  });

  it('adds an account the list does not have yet, and leaves an unloaded list alone', () => {
    const queryClient = new QueryClient();
    const a = whatsappAccount('11111111-1111-4111-8111-111111111111', 'Support');
    applyLiveEvent(queryClient, updated(a));
    expect(queryClient.getQueryData(channelAccountsQuery.queryKey)).toBeUndefined();
    queryClient.setQueryData(channelAccountsQuery.queryKey, []);
    applyLiveEvent(queryClient, updated(a));
    expect(queryClient.getQueryData(channelAccountsQuery.queryKey)).toEqual([a]);
  });
});
