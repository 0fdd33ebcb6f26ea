import { describe, expect, it } from 'vitest';
import { messageStatuses } from '@parley/contracts';
import { at, message } from './fixtures.test-support';
import { isStatusAdvance, mergeMessage } from './message-status';

describe('isStatusAdvance', () => {
  it('follows received < held < pending < accepted < sent < delivered < read', () => {
    const order = ['received', 'held', 'pending', 'accepted', 'sent', 'delivered', 'read'] as const;
    order.forEach((from, i) => {
      order.forEach((to, j) => expect(isStatusAdvance(from, to)).toBe(j > i));
    });
  });

  it('treats failed as terminal', () => {
    for (const s of messageStatuses) {
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

describe('mergeMessage: media', () => {
  const media = (state: 'pending' | 'stored' | 'failed') => ({
    id: 'med',
    state,
    mimeType: 'image/jpeg',
    sizeBytes: state === 'stored' ? 10 : null,
    filename: null,
    url: state === 'stored' ? '/api/media/med' : null,
  });

  it('takes the fetched file', () => {
    const merged = mergeMessage(
      message('m', 1, { media: media('pending') }),
      message('m', 1, { media: media('stored') }),
    );
    expect(merged.media?.url).toBe('/api/media/med');
  });

  it('never goes back to downloading with a stale snapshot, and keeps the file if one has none', () => {
    const done = message('m', 1, { media: media('stored') });
    expect(mergeMessage(done, message('m', 1, { media: media('pending') })).media?.state).toBe('stored');
    expect(
      mergeMessage(message('m', 1, { media: media('failed') }), message('m', 1, { media: media('pending') }))
        .media?.state,
    ).toBe('failed');
    expect(mergeMessage(done, message('m', 1, { media: null })).media?.state).toBe('stored');
  });
});
