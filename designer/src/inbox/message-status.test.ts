import { describe, expect, it } from 'vitest';
import { MESSAGE_STATUSES } from '../api/types';
import { at, message } from './fixtures.test-support';
import { isStatusAdvance, mergeMessage } from './message-status';

describe('isStatusAdvance', () => {
  it('follows received < pending < accepted < sent < delivered < read', () => {
    const order = ['received', 'pending', 'accepted', 'sent', 'delivered', 'read'] as const;
    order.forEach((from, i) => {
      order.forEach((to, j) => expect(isStatusAdvance(from, to)).toBe(j > i));
    });
  });

  it('treats failed as terminal', () => {
    for (const s of MESSAGE_STATUSES) {
      expect(isStatusAdvance('failed', s)).toBe(false);
      expect(isStatusAdvance(s, 'failed')).toBe(s !== 'failed');
    }
  });
});

describe('mergeMessage', () => {
  it('takes a newer status', () => {
    const merged = mergeMessage(message('m', 1, { status: 'sent' }), message('m', 1, { status: 'read' }));
    expect(merged.status).toBe('read');
  });

  it('keeps the newer status when a stale update arrives late', () => {
    const current = message('m', 1, { status: 'read', statusUpdatedAt: at(5), platformMessageId: 'wamid.1' });
    const stale = message('m', 1, { status: 'delivered', statusUpdatedAt: at(3), platformMessageId: null });
    expect(mergeMessage(current, stale)).toMatchObject({
      status: 'read',
      statusUpdatedAt: at(5),
      platformMessageId: 'wamid.1',
    });
  });

  it('never leaves failed, and keeps its error', () => {
    const error = { code: '131047', message: 'Re-engagement message' };
    const failed = message('m', 1, { status: 'failed', error });
    expect(mergeMessage(failed, message('m', 1, { status: 'read' }))).toMatchObject({
      status: 'failed',
      error,
    });
    expect(mergeMessage(message('m', 1, { status: 'delivered' }), failed)).toMatchObject({
      status: 'failed',
      error,
    });
  });
});
