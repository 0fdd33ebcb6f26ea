import { describe, expect, it, vi } from 'vitest';
import { conversation, message } from '../inbox/fixtures.test-support';
import { parseStreamEvent } from './use-event-stream';

describe('parseStreamEvent', () => {
  it('reads the contract’s events', () => {
    const c = conversation('11111111-1111-4111-8111-111111111111', 1);
    expect(parseStreamEvent(JSON.stringify({ type: 'conversation.upserted', conversation: c }))).toEqual({
      type: 'conversation.upserted',
      conversation: c,
    });
    const m = message('22222222-2222-4222-8222-222222222222', 1, { type: 'poll', conversationId: c.id });
    expect(parseStreamEvent(JSON.stringify({ type: 'message.upserted', message: m }))).toMatchObject({
      message: { type: 'poll' },
    });
  });

  it('ignores what is not JSON or not in the contract', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    expect(parseStreamEvent('not json')).toBeNull();
    expect(parseStreamEvent(JSON.stringify({ type: 'typing.started' }))).toBeNull();
    expect(parseStreamEvent(JSON.stringify({ type: 'message.upserted', message: { id: 'x' } }))).toBeNull();
    expect(parseStreamEvent(42)).toBeNull();
    expect(warn).toHaveBeenCalled();
    warn.mockRestore();
  });
});
