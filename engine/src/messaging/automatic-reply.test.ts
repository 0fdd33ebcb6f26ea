import { defaultAutomaticReplies, type AutomaticReplies } from '@parley/contracts';
import { describe, expect, it } from 'vitest';
import { decideAutomaticReply } from './automatic-reply.js';

const settings: AutomaticReplies = {
  ...defaultAutomaticReplies,
  greeting: { enabled: true, text: 'ようこそ' },
  away: { enabled: true, text: '営業時間外です' },
  businessHours: {
    timeZone: 'Asia/Tokyo',
    weekly: [1, 2, 3, 4, 5].map((day) => ({ day, opens: '09:00', closes: '18:00' })),
    closedDates: ['2026-12-31'],
  },
};
// 2026-12-01 is a Tuesday.
const tuesdayNoonTokyo = new Date('2026-12-01T03:00:00Z');
const tuesdayNightTokyo = new Date('2026-12-01T13:00:00Z');

describe('decideAutomaticReply', () => {
  it('greets inside business hours and sends the away message outside them instead', () => {
    expect(decideAutomaticReply(settings, 'text', tuesdayNoonTokyo)).toEqual({
      send: true,
      kind: 'greeting',
      text: 'ようこそ',
    });
    expect(decideAutomaticReply(settings, 'image', tuesdayNightTokyo)).toEqual({
      send: true,
      kind: 'away',
      text: '営業時間外です',
    });
    expect(decideAutomaticReply(settings, 'text', new Date('2026-12-31T03:00:00Z'))).toMatchObject({
      kind: 'away',
    });
  });

  it('never answers a reaction, a button tap or an unsupported message, leaving the window’s reply due', () => {
    for (const type of ['reaction', 'interactive_reply', 'template_reply', 'unsupported'])
      expect(decideAutomaticReply(settings, type, tuesdayNoonTokyo)).toEqual({ send: false, settled: false });
  });

  it('settles the window with nothing to send when no reply is set up', () => {
    expect(decideAutomaticReply(defaultAutomaticReplies, 'text', tuesdayNoonTokyo)).toEqual({
      send: false,
      settled: true,
    });
    const greetingOnly = { ...settings, away: { enabled: false, text: null } };
    expect(decideAutomaticReply(greetingOnly, 'text', tuesdayNightTokyo)).toMatchObject({ kind: 'greeting' });
  });
});
