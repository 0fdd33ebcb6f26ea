import { describe, expect, it } from 'vitest';
import { type RoutingSnapshot, routeConversation } from './evaluate-routing.js';
import { type RoutingRulesInput, routingRulesSchema } from './routing-rules.schema.js';

const uuid = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;
const [sales, support, fallback] = [uuid(101), uuid(102), uuid(103)];
const [tokyoLine, osakaLine] = [uuid(201), uuid(202)];
type ConditionInput = RoutingRulesInput['rules'][number]['conditions'][number];

const snapshot = (change: Partial<RoutingSnapshot> = {}): RoutingSnapshot => ({
  channelAccountId: tokyoLine,
  firstMessageText: null,
  quickReplyPayload: null,
  contact: { language: null, tags: [] },
  ...change,
});
const monday10Tokyo = new Date('2025-06-16T01:00:00Z');
const monday20Tokyo = new Date('2025-06-16T11:00:00Z');

/** Whether one rule with these conditions routes the conversation (to sales). */
const holds = (conditions: ConditionInput[], at: Partial<RoutingSnapshot>, now = monday10Tokyo) => {
  const rules = routingRulesSchema.parse({
    rules: [{ id: uuid(1), name: 'r', enabled: true, conditions, teamId: sales }],
    defaultTeamId: null,
  });
  return routeConversation(rules, snapshot(at), now) !== null;
};
const text = (firstMessageText: string) => ({ firstMessageText });
const keyword = (keywords: string[], match: 'any' | 'all' = 'any', caseSensitive?: boolean) =>
  [{ kind: 'keyword', keywords, match, caseSensitive }] as ConditionInput[];

describe('routeConversation: conditions', () => {
  it('channel_account: the conversation’s channel account is listed', () => {
    const condition: ConditionInput[] = [{ kind: 'channel_account', channelAccountIds: [tokyoLine] }];
    expect(holds(condition, { channelAccountId: tokyoLine })).toBe(true);
    expect(holds(condition, { channelAccountId: osakaLine })).toBe(false);
  });

  it('keyword: a substring of the first message, Japanese included', () => {
    expect(holds(keyword(['予約']), text('ご予約をお願いします'))).toBe(true);
    expect(holds(keyword(['キャンセル']), text('ご予約をお願いします'))).toBe(false);
    expect(holds(keyword(['予約']), { firstMessageText: null })).toBe(false);
  });

  it('keyword: full-width and half-width forms match after NFKC, case folded by default', () => {
    expect(holds(keyword(['abc']), text('注文番号ＡＢＣ'))).toBe(true);
    expect(holds(keyword(['ＡＢＣ']), text('order abc'))).toBe(true);
    expect(holds(keyword(['ヨヤク']), text('ﾖﾔｸしたい'))).toBe(true);
    expect(holds(keyword(['１２３']), text('room 123'))).toBe(true);
  });

  it('keyword: case-sensitive still normalises width but not case', () => {
    expect(holds(keyword(['ABC'], 'any', true), text('ＡＢＣ'))).toBe(true);
    expect(holds(keyword(['abc'], 'any', true), text('ＡＢＣ'))).toBe(false);
  });

  it('keyword: any or all of them', () => {
    expect(holds(keyword(['予約', '変更']), text('予約したい'))).toBe(true);
    expect(holds(keyword(['予約', '変更'], 'all'), text('予約したい'))).toBe(false);
    expect(holds(keyword(['予約', '変更'], 'all'), text('予約の変更'))).toBe(true);
  });

  it('regex: on the first message, with the u flag and the flags chosen', () => {
    const regex = (pattern: string, flags?: ('i' | 's' | 'm')[]) =>
      [{ kind: 'regex', pattern, flags }] as ConditionInput[];
    expect(holds(regex('^\\p{Script=Han}{2}'), text('予約です'))).toBe(true);
    expect(holds(regex('^\\p{Script=Han}{2}'), text('ご予約'))).toBe(false);
    expect(holds(regex('^.$'), text('😀'))).toBe(true); // one code point, not two halves
    expect(holds(regex('order-\\d+'), text('ORDER-42'))).toBe(false);
    expect(holds(regex('order-\\d+', ['i']), text('ORDER-42'))).toBe(true);
    expect(holds(regex('a.b', ['s']), text('a\nb'))).toBe(true);
    expect(holds(regex('^b', ['m']), text('a\nb'))).toBe(true);
    expect(holds(regex('.'), { firstMessageText: null })).toBe(false);
  });

  it('quick_reply_payload: the tapped button’s payload, compared exactly', () => {
    const condition: ConditionInput[] = [{ kind: 'quick_reply_payload', payloads: ['BOOK', 'CANCEL'] }];
    expect(holds(condition, { quickReplyPayload: 'CANCEL' })).toBe(true);
    expect(holds(condition, { quickReplyPayload: 'cancel' })).toBe(false);
    expect(holds(condition, { quickReplyPayload: null, firstMessageText: 'BOOK' })).toBe(false);
  });

  it('contact_language: by primary subtag, in BCP 47 or WhatsApp’s form', () => {
    const condition: ConditionInput[] = [{ kind: 'contact_language', languages: ['JA', 'ko'] }];
    for (const language of ['ja', 'ja-JP', 'ja_JP', 'JA-jp', 'ko'])
      expect(holds(condition, { contact: { language, tags: [] } })).toBe(true);
    for (const language of ['en', 'en-JP', 'jav', null])
      expect(holds(condition, { contact: { language, tags: [] } })).toBe(false);
  });

  it('contact_tag: any or all, trimmed and case-insensitive', () => {
    const tag = (tags: string[], match: 'any' | 'all'): ConditionInput[] => [
      { kind: 'contact_tag', tags, match },
    ];
    const contact = { contact: { language: 'ja', tags: [' VIP ', '法人'] } };
    expect(holds(tag(['vip'], 'any'), contact)).toBe(true);
    expect(holds(tag(['ＶＩＰ'], 'any'), contact)).toBe(true);
    expect(holds(tag(['vip', 'new'], 'any'), contact)).toBe(true);
    expect(holds(tag(['vip', 'new'], 'all'), contact)).toBe(false);
    expect(holds(tag(['vip', '法人'], 'all'), contact)).toBe(true);
    expect(holds(tag(['vip'], 'any'), { contact: { language: null, tags: [] } })).toBe(false);
  });

  it('business_hours: open or closed by the hours in their time zone, closed dates too', () => {
    const hours = {
      timeZone: 'Asia/Tokyo',
      weekly: [1, 2, 3, 4, 5].map((day) => ({ day, opens: '09:00', closes: '18:00' })),
      closedDates: ['2025-06-17'],
    };
    const open: ConditionInput[] = [{ kind: 'business_hours', hours, when: 'open' }];
    const closed: ConditionInput[] = [{ kind: 'business_hours', hours, when: 'closed' }];
    expect(holds(open, {}, monday10Tokyo)).toBe(true);
    expect(holds(closed, {}, monday10Tokyo)).toBe(false);
    expect(holds(open, {}, monday20Tokyo)).toBe(false);
    expect(holds(closed, {}, monday20Tokyo)).toBe(true);
    expect(holds(closed, {}, new Date('2025-06-17T01:00:00Z'))).toBe(true); // a closed Tuesday
  });

  it('needs every condition of a rule to hold', () => {
    const both: ConditionInput[] = [
      { kind: 'channel_account', channelAccountIds: [tokyoLine] },
      ...keyword(['予約']),
    ];
    expect(holds(both, { channelAccountId: tokyoLine, firstMessageText: '予約' })).toBe(true);
    expect(holds(both, { channelAccountId: osakaLine, firstMessageText: '予約' })).toBe(false);
    expect(holds(both, { channelAccountId: tokyoLine, firstMessageText: '質問' })).toBe(false);
  });
});

describe('routeConversation: rules', () => {
  const rule = (id: number, teamId: string, words: string[], enabled = true) => ({
    id: uuid(id),
    name: `rule ${id}`,
    enabled,
    conditions: keyword(words),
    teamId,
  });
  const route = (input: RoutingRulesInput, message: string) =>
    routeConversation(routingRulesSchema.parse(input), snapshot(text(message)), monday10Tokyo);

  it('takes the first rule that holds, in order', () => {
    const rules = {
      rules: [rule(1, sales, ['予約']), rule(2, support, ['予約', '故障'])],
      defaultTeamId: null,
    };
    expect(route(rules, '予約したい')).toEqual({ teamId: sales, ruleId: uuid(1) });
    expect(route(rules, '故障です')).toEqual({ teamId: support, ruleId: uuid(2) });
  });

  it('skips disabled rules', () => {
    const rules = {
      rules: [rule(1, sales, ['予約'], false), rule(2, support, ['予約'])],
      defaultTeamId: null,
    };
    expect(route(rules, '予約したい')).toEqual({ teamId: support, ruleId: uuid(2) });
  });

  it('sends what no rule routes to the default team, or leaves it unrouted', () => {
    expect(route({ rules: [rule(1, sales, ['予約'])], defaultTeamId: fallback }, 'こんにちは')).toEqual({
      teamId: fallback,
      ruleId: null,
    });
    expect(route({ rules: [rule(1, sales, ['予約'])], defaultTeamId: null }, 'こんにちは')).toBeNull();
    expect(route({ rules: [], defaultTeamId: fallback }, '予約')).toEqual({ teamId: fallback, ruleId: null });
    expect(route({ rules: [], defaultTeamId: null }, '予約')).toBeNull();
  });
});
