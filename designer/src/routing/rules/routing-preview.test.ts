import type { RoutingRules } from '@parley/contracts';
import { describe, expect, it } from 'vitest';
import { rule, uuid } from '../fixtures.test-support';
import {
  emptyPreview,
  previewRouting,
  previewSnapshot,
  previewTime,
  type PreviewValues,
} from './routing-preview';

const [sales, support, fallback] = [uuid(101), uuid(102), uuid(103)];
const [tokyoLine, osakaLine] = [uuid(201), uuid(202)];
const hours = {
  timeZone: 'Asia/Tokyo',
  weekly: [{ day: 1, opens: '09:00', closes: '18:00' }],
  closedDates: [],
};
const monday10Tokyo = new Date('2025-06-16T01:00:00Z');
const monday20Tokyo = new Date('2025-06-16T11:00:00Z');

const routing: RoutingRules = {
  rules: [
    rule(1, 'Old bookings', { enabled: false, teamId: support }),
    rule(2, 'Bookings in Tokyo', {
      teamId: sales,
      conditions: [
        { kind: 'channel_account', channelAccountIds: [tokyoLine] },
        { kind: 'keyword', keywords: ['予約'], match: 'any' },
      ],
    }),
    rule(3, 'VIPs after hours', {
      teamId: support,
      conditions: [
        { kind: 'contact_tag', tags: ['VIP'], match: 'any' },
        { kind: 'business_hours', hours, when: 'closed' },
      ],
    }),
    rule(4, 'English speakers', {
      teamId: support,
      conditions: [{ kind: 'contact_language', languages: ['en'] }],
    }),
  ],
  defaultTeamId: fallback,
};
const sample = (change: Partial<PreviewValues>): PreviewValues => ({ ...emptyPreview, ...change });

describe('previewRouting', () => {
  it('finds the first enabled rule that holds, with its position and name', () => {
    const outcome = previewRouting(
      routing,
      sample({ channelAccountId: tokyoLine, text: 'ご予約をお願いします' }),
      monday10Tokyo,
    );
    expect(outcome).toEqual({
      kind: 'rule',
      teamId: sales,
      ruleId: uuid(2),
      position: 2,
      name: 'Bookings in Tokyo',
    });
  });

  it('needs every condition of a rule, as the engine does', () => {
    const osaka = sample({ channelAccountId: osakaLine, text: 'ご予約をお願いします' });
    expect(previewRouting(routing, osaka, monday10Tokyo)).toEqual({ kind: 'default', teamId: fallback });
  });

  it('tries business hours at the time given', () => {
    const vip = sample({ tags: 'gold, ｖｉｐ' });
    expect(previewRouting(routing, vip, monday10Tokyo).kind).toBe('default');
    expect(previewRouting(routing, vip, monday20Tokyo)).toMatchObject({ kind: 'rule', ruleId: uuid(3) });
  });

  it('matches a contact’s language by its primary subtag', () => {
    expect(previewRouting(routing, sample({ language: 'en-GB' }), monday10Tokyo)).toMatchObject({
      kind: 'rule',
      position: 4,
    });
  });

  it('leaves a conversation unassigned when no rule holds and there is no default team', () => {
    expect(previewRouting({ ...routing, defaultTeamId: null }, emptyPreview, monday10Tokyo)).toEqual({
      kind: 'unassigned',
    });
  });
});

describe('previewSnapshot and previewTime', () => {
  it('take blank fields as unknown, and tags separated by commas', () => {
    expect(previewSnapshot(emptyPreview)).toEqual({
      channelAccountId: '',
      firstMessageText: null,
      quickReplyPayload: null,
      contact: { language: null, tags: [] },
    });
    expect(
      previewSnapshot(sample({ quickReplyPayload: ' BOOK ', language: ' ja ', tags: 'vip、 常連 ,' })),
    ).toMatchObject({
      quickReplyPayload: 'BOOK',
      contact: { language: 'ja', tags: ['vip', '常連'] },
    });
  });

  it('use the time typed, else now', () => {
    const now = new Date('2025-06-16T01:00:00Z');
    expect(previewTime('', now)).toBe(now);
    expect(previewTime('not a time', now)).toBe(now);
    expect(previewTime('2025-06-20T09:30', now)).toEqual(new Date(2025, 5, 20, 9, 30));
  });
});
