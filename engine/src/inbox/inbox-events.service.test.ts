import type { ChannelAccount, InboxEvent } from '@parley/contracts';
import { describe, expect, it } from 'vitest';
import { InboxEvents } from './inbox-events.service.js';

describe('InboxEvents', () => {
  it('hands each organisation its own events only, and counts who listens', () => {
    const events = new InboxEvents();
    const seenByA: InboxEvent[] = [];
    const stopA = events.subscribe('org-a', (event) => seenByA.push(event));
    const stopA2 = events.subscribe('org-a', () => {});
    expect(events.observedBy('org-a')).toBe(true);
    expect(events.observedBy('org-b')).toBe(false);
    const account = { id: 'x' } as ChannelAccount;
    events.channelAccount('org-b', account);
    events.channelAccount('org-a', account);
    expect(seenByA).toEqual([{ type: 'channel_account.updated', channelAccount: account }]);
    stopA();
    expect(events.observedBy('org-a')).toBe(true);
    stopA2();
    expect(events.observedBy('org-a')).toBe(false);
  });
});
