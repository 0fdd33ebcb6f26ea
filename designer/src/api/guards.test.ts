import { describe, expect, it, vi } from 'vitest';
import { conversation, message } from '../inbox/fixtures.test-support';
import { toConversation, toHealth, toInboxEvent, toMessage, toPage } from './guards';

describe('guards', () => {
  it('accepts the documented shapes', () => {
    expect(toConversation(conversation('a', 1))).toEqual(conversation('a', 1));
    expect(toMessage(message('m', 1))).toEqual(message('m', 1));
    const health = { status: 'degraded', database: { ok: true }, temporal: { ok: false } };
    expect(toHealth(health)).toEqual(health);
  });

  it('rejects malformed values', () => {
    expect(toConversation({ ...conversation('a', 1), lastMessageAt: 'yesterday' })).toBeNull();
    expect(toConversation({ ...conversation('a', 1), contact: null })).toBeNull();
    expect(toMessage({ ...message('m', 1), status: 'lost' })).toBeNull();
    expect(toMessage({ ...message('m', 1), error: { code: 1 } })).toBeNull();
    expect(toHealth({ status: 'ok' })).toBeNull();
  });

  it('shows message kinds it does not know as unsupported', () => {
    expect(toMessage({ ...message('m', 1), type: 'image' })?.type).toBe('unsupported');
  });

  it('skips malformed items of a page but rejects a malformed envelope', () => {
    const page = { items: [conversation('a', 1), { id: 'bad' }], nextCursor: 'n' };
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    expect(toPage(page, toConversation)).toEqual({ items: [conversation('a', 1)], nextCursor: 'n' });
    expect(warn).toHaveBeenCalledOnce();
    warn.mockRestore();
    expect(toPage({ items: [] }, toConversation)).toBeNull();
  });

  it('parses events and ignores unknown types', () => {
    expect(toInboxEvent({ type: 'message.upserted', message: message('m', 1) })).toEqual({
      type: 'message.upserted',
      message: message('m', 1),
    });
    expect(toInboxEvent({ type: 'conversation.deleted', id: 'a' })).toBeNull();
  });
});
