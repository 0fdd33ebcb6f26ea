import type { CannedReply } from '@parley/contracts';
import { describe, expect, it } from 'vitest';
import { matchCannedReplies, moveActive, replaceRange, slashToken } from './canned-reply-search';

const reply = (n: number, shortcut: string, title: string, text: string): CannedReply => ({
  id: `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`,
  shortcut,
  title,
  text,
  createdAt: '2025-01-01T00:00:00.000Z',
  updatedAt: '2025-01-01T00:00:00.000Z',
});

describe('slashToken', () => {
  it('finds a / at the start of the text or after whitespace, up to the cursor', () => {
    expect(slashToken('/tha', 4)).toEqual({ start: 0, end: 4, query: 'tha' });
    expect(slashToken('Hello /th', 9)).toEqual({ start: 6, end: 9, query: 'th' });
    expect(slashToken('Hello\n/', 7)).toEqual({ start: 6, end: 7, query: '' });
    expect(slashToken('こんにちは　/お礼', 9)).toEqual({ start: 6, end: 9, query: 'お礼' });
  });

  it('replaces the whole token even when the cursor is inside it', () => {
    expect(slashToken('/thanks there', 3)).toEqual({ start: 0, end: 7, query: 'th' });
  });

  it('ignores a slash inside a word, a URL, a date, or after the token ended', () => {
    expect(slashToken('and/or', 6)).toBeNull();
    expect(slashToken('see https://example.com', 23)).toBeNull();
    expect(slashToken('on 1/2', 6)).toBeNull();
    expect(slashToken('/thanks ', 8)).toBeNull();
    expect(slashToken('/usr/bin', 8)).toBeNull();
    expect(slashToken('plain text', 5)).toBeNull();
  });
});

describe('matchCannedReplies', () => {
  const replies = [
    reply(1, 'thanks', 'Thank you', 'Thank you for your message, {{contact.name}}.'),
    reply(2, 'hours', 'Opening hours', 'We are open 9:00–18:00.'),
    reply(3, 'refund', 'Refunds', 'Refunds take five business days. Thanks for waiting.'),
    reply(4, 'お礼', 'お礼のご挨拶', 'お問い合わせありがとうございます。'),
  ];

  it('ranks shortcuts starting with the query first, then shortcuts, titles and texts containing it', () => {
    expect(matchCannedReplies(replies, 'th').map((r) => r.shortcut)).toEqual(['thanks', 'refund']);
    expect(matchCannedReplies(replies, 'fund').map((r) => r.shortcut)).toEqual(['refund']);
    expect(matchCannedReplies(replies, 'opening').map((r) => r.shortcut)).toEqual(['hours']);
    expect(matchCannedReplies(replies, 'you').map((r) => r.shortcut)).toEqual(['thanks']);
    expect(matchCannedReplies(replies, 'ef').map((r) => r.shortcut)).toEqual(['refund']);
  });

  it('lists them all by shortcut for a bare slash, at most the limit', () => {
    expect(matchCannedReplies(replies, '').map((r) => r.shortcut)).toEqual([
      'hours',
      'refund',
      'thanks',
      'お礼',
    ]);
    expect(matchCannedReplies(replies, '', 2)).toHaveLength(2);
  });

  it('matches regardless of case and of full-width or half-width letters', () => {
    expect(matchCannedReplies(replies, 'ＴＨＡ').map((r) => r.shortcut)).toEqual(['thanks', 'refund']);
    expect(matchCannedReplies(replies, 'お礼').map((r) => r.shortcut)).toEqual(['お礼']);
    expect(matchCannedReplies(replies, 'nothing')).toEqual([]);
  });
});

describe('moveActive', () => {
  it('moves down and up through the options, wrapping around', () => {
    expect(moveActive(0, 3, 1)).toBe(1);
    expect(moveActive(2, 3, 1)).toBe(0);
    expect(moveActive(0, 3, -1)).toBe(2);
    expect(moveActive(-1, 3, -1)).toBe(2);
    expect(moveActive(0, 0, 1)).toBe(-1);
  });
});

describe('replaceRange', () => {
  it('replaces the /query with the filled-in reply and puts the cursor after it', () => {
    expect(replaceRange('Hi /tha!', 3, 7, 'Thank you')).toEqual({ text: 'Hi Thank you!', caret: 12 });
    expect(replaceRange('', 0, 0, 'Hello')).toEqual({ text: 'Hello', caret: 5 });
  });
});
