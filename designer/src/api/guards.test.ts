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

  it('shows message kinds it does not know as unsupported, naming the kind', () => {
    expect(toMessage({ ...message('m', 1), type: 'poll', content: { type: 'poll' } })).toMatchObject({
      type: 'unsupported',
      content: { type: 'unsupported', platformType: 'poll' },
    });
  });

  it('accepts Telegram conversations and lists unknown channels as other', () => {
    expect(toConversation(conversation('a', 1, { channel: 'telegram' }))?.channel).toBe('telegram');
    expect(toConversation({ ...conversation('a', 1), channel: 'line' })?.channel).toBe('other');
    expect(toConversation({ ...conversation('a', 1), channel: 7 })).toBeNull();
  });

  it('reads media records and never follows a URL that is not the engine’s own', () => {
    const media = {
      id: 'med-1',
      state: 'stored',
      mimeType: 'image/jpeg',
      sizeBytes: 48213,
      filename: null,
      url: '/api/media/med-1',
    };
    const content = { type: 'image', mediaId: 'wa-media-1', caption: 'At the station' };
    const image = { ...message('m', 1), type: 'image', text: 'At the station', content, media };
    expect(toMessage(image)).toMatchObject({ type: 'image', content, media });
    for (const url of ['https://evil.example/x', '//evil.example/x', 'javascript:alert(1)', '/\\evil']) {
      expect(toMessage({ ...image, media: { ...media, url } })?.media?.url).toBeNull();
    }
  });

  it('keeps a message whose media record is malformed, without the file', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const bad = { ...message('m', 1), type: 'image', media: { id: 'x', state: 'lost' } };
    expect(toMessage(bad)).toMatchObject({ type: 'image', media: null });
    expect(warn).toHaveBeenCalledOnce();
    warn.mockRestore();
  });

  it('reads messages from an engine that sends no content or media yet', () => {
    const { content: _c, media: _m, ...old } = message('m', 1);
    expect(toMessage(old)).toEqual(message('m', 1));
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
