import { describe, expect, it } from 'vitest';
import type { InboxEvent } from '@parley/contracts';
import { whatsappAccount } from '../integrations/fixtures.test-support';
import { ACCOUNT_ID, conversation as c, message as m } from './fixtures.test-support';
import { inboxReducer } from './inbox-reducer';
import { initialInboxState, type InboxAction, type InboxState } from './inbox-state';

const run = (...actions: InboxAction[]): InboxState => actions.reduce(inboxReducer, initialInboxState);
const event = (e: InboxEvent): InboxAction => ({ type: 'event', event: e });
const loaded: InboxAction = {
  type: 'list/loaded',
  page: { items: [c('conv-1', 5), c('conv-2', 4)], nextCursor: null },
};
const thread: InboxAction[] = [
  { type: 'thread/opened', id: 'conv-1' },
  {
    type: 'thread/loaded',
    id: 'conv-1',
    conversation: c('conv-1', 5),
    page: { items: [m('m1', 1)], nextCursor: null },
  },
];

describe('inboxReducer: list', () => {
  it('goes from loading to ready', () => {
    expect(initialInboxState.list.status).toBe('loading');
    expect(run(loaded).list).toMatchObject({ status: 'ready', nextCursor: null });
  });

  it('shows an error only while nothing is loaded; a failed refresh keeps the data', () => {
    const error = { code: 'NETWORK', message: 'offline', status: 0 };
    expect(run({ type: 'list/failed', error }).list.status).toBe('error');
    const refreshed = run(loaded, { type: 'list/requested' }, { type: 'list/failed', error });
    expect(refreshed.list).toMatchObject({ status: 'ready', error });
    expect(refreshed.list.items).toHaveLength(2);
  });

  it('moves a conversation with new activity to the top', () => {
    const s = run(loaded, event({ type: 'conversation.upserted', conversation: c('conv-2', 9) }));
    expect(s.list.items.map((i) => i.id)).toEqual(['conv-2', 'conv-1']);
  });
});

describe('inboxReducer: thread', () => {
  it('loads the open thread and ignores results for a thread closed meanwhile', () => {
    const s = run(loaded, { type: 'thread/opened', id: 'conv-2' }, ...thread.slice(1));
    expect(s.thread).toMatchObject({ id: 'conv-2', status: 'loading', messages: [] });
    expect(run(loaded, ...thread).thread).toMatchObject({ status: 'ready', messages: [m('m1', 1)] });
  });

  it('marks a missing conversation as not found', () => {
    const error = { code: 'NOT_FOUND', message: 'no such conversation', status: 404 };
    const s = run(
      { type: 'thread/opened', id: 'x' },
      { type: 'thread/failed', id: 'x', error, notFound: true },
    );
    expect(s.thread?.status).toBe('not-found');
  });

  it('appends live messages in time order and announces new inbound ones', () => {
    const inbound = m('m3', 3, { direction: 'inbound', status: 'received' });
    const s = run(loaded, ...thread, event({ type: 'message.upserted', message: inbound }));
    expect(s.thread?.messages.map((x) => x.id)).toEqual(['m1', 'm3']);
    expect(s.arrived).toEqual(inbound);
  });

  it('applies status updates without ever moving backwards', () => {
    const s = run(
      loaded,
      ...thread,
      event({ type: 'message.upserted', message: m('m1', 1, { status: 'read' }) }),
      event({ type: 'message.upserted', message: m('m1', 1, { status: 'delivered' }) }),
    );
    expect(s.thread?.messages).toHaveLength(1);
    expect(s.thread?.messages[0]?.status).toBe('read');
    expect(s.arrived).toBeNull();
  });

  it('keeps a live status that a slower refetch would roll back', () => {
    const s = run(
      loaded,
      ...thread,
      event({ type: 'message.upserted', message: m('m1', 1, { status: 'delivered' }) }),
      {
        type: 'thread/loaded',
        id: 'conv-1',
        conversation: c('conv-1', 5),
        page: { items: [m('m1', 1)], nextCursor: null },
      },
    );
    expect(s.thread?.messages[0]?.status).toBe('delivered');
  });

  it('ignores messages of other conversations but updates the open conversation header', () => {
    const other = m('o1', 2, { conversationId: 'conv-2' });
    const s = run(
      loaded,
      ...thread,
      event({ type: 'message.upserted', message: other }),
      event({
        type: 'conversation.upserted',
        conversation: c('conv-1', 7, {
          contact: { id: 'x', name: 'Aiko', platformId: null, userId: 'JP.1', username: 'aiko' },
        }),
      }),
    );
    expect(s.thread?.messages.map((x) => x.id)).toEqual(['m1']);
    expect(s.thread?.conversation?.contact.name).toBe('Aiko');
  });

  it('prepends earlier messages and takes their cursor', () => {
    const s = run(
      { type: 'thread/opened', id: 'conv-1' },
      {
        type: 'thread/loaded',
        id: 'conv-1',
        conversation: c('conv-1', 5),
        page: { items: [m('m5', 5)], nextCursor: 'b1' },
      },
      { type: 'thread/older-requested', id: 'conv-1' },
      { type: 'thread/older-loaded', id: 'conv-1', page: { items: [m('m2', 2)], nextCursor: null } },
    );
    expect(s.thread).toMatchObject({ olderCursor: null, loadingOlder: false });
    expect(s.thread?.messages.map((x) => x.id)).toEqual(['m2', 'm5']);
  });
});

describe('inboxReducer: channel accounts', () => {
  it('shows an account turned off on every conversation of it, the open one too', () => {
    const other = c('conv-3', 3, {
      channelAccount: { id: 'other', channel: 'telegram', name: 'Bot', enabled: true, connected: true },
    });
    const listed: InboxAction = {
      type: 'list/loaded',
      page: { items: [c('conv-1', 5), other], nextCursor: null },
    };
    const off = whatsappAccount(ACCOUNT_ID, 'Support (paused)', { enabled: false });
    const s = run(listed, ...thread, event({ type: 'channel_account.updated', channelAccount: off }));
    expect(s.list.items.map((i) => [i.id, i.channelAccount.enabled, i.channelAccount.name])).toEqual([
      ['conv-1', false, 'Support (paused)'],
      ['conv-3', true, 'Bot'],
    ]);
    expect(s.thread?.conversation?.channelAccount).toEqual({
      id: ACCOUNT_ID,
      channel: 'whatsapp',
      name: 'Support (paused)',
      enabled: false,
      connected: true,
    });
  });
});
