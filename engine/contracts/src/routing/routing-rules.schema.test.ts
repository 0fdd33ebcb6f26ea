import { describe, expect, it } from 'vitest';
import { routingConditionSchema, routingRuleSchema, routingRulesSchema } from './routing-rules.schema.js';

const uuid = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;
const keyword = { kind: 'keyword', keywords: ['予約'], match: 'any' };
const rule = (change: Record<string, unknown> = {}) => ({
  id: uuid(1),
  name: '予約',
  enabled: true,
  conditions: [keyword],
  teamId: uuid(100),
  ...change,
});
const issuesOf = (result: { error?: { issues: { path: PropertyKey[]; message: string }[] } }) =>
  (result.error?.issues ?? []).map((issue) => `${issue.path.join('.')}: ${issue.message}`);

describe('routing conditions', () => {
  it('fill in defaults and normalise what they compare', () => {
    expect(routingConditionSchema.parse({ ...keyword, keywords: ['  予約 '] })).toEqual({
      ...keyword,
      caseSensitive: false,
    });
    expect(routingConditionSchema.parse({ kind: 'regex', pattern: 'a' })).toEqual({
      kind: 'regex',
      pattern: 'a',
      flags: [],
    });
    expect(routingConditionSchema.parse({ kind: 'contact_language', languages: [' JA '] })).toEqual({
      kind: 'contact_language',
      languages: ['ja'],
    });
  });

  it('refuse a regular expression that does not compile with the u flag, naming the field', () => {
    const result = routingRuleSchema.safeParse(rule({ conditions: [{ kind: 'regex', pattern: '(予約' }] }));
    expect(issuesOf(result)).toEqual([
      'conditions.0.pattern: must be a regular expression valid with the u flag (Unterminated group)',
    ]);
    // Valid without the u flag, not with it.
    expect(issuesOf(routingConditionSchema.safeParse({ kind: 'regex', pattern: '\\-' }))).toHaveLength(1);
    expect(issuesOf(routingConditionSchema.safeParse({ kind: 'regex', pattern: '\\p{Foo}' }))).toEqual([
      'pattern: must be a regular expression valid with the u flag (Invalid property name)',
    ]);
  });

  it('limit a pattern to 500 characters and its flags to i, s and m, once each', () => {
    const regex = (pattern: string, flags?: string[]) =>
      issuesOf(routingConditionSchema.safeParse({ kind: 'regex', pattern, flags }));
    expect(regex('a'.repeat(500))).toEqual([]);
    expect(regex('a'.repeat(501))).toEqual(['pattern: a pattern is at most 500 characters']);
    expect(regex('a', ['i', 's', 'm'])).toEqual([]);
    expect(regex('a', ['g'])).toEqual(['flags.0: a flag is one of i, s, m']);
    expect(regex('a', ['i', 'i'])).toEqual(['flags: lists a flag twice']);
  });

  it('refuse empty lists and blank or long items, naming the field', () => {
    const issues = (condition: Record<string, unknown>) =>
      issuesOf(routingConditionSchema.safeParse(condition));
    expect(issues({ ...keyword, keywords: [] })).toEqual(['keywords: give at least one keyword']);
    expect(issues({ ...keyword, keywords: ['  '] })).toEqual(['keywords.0: write the keyword']);
    expect(issues({ ...keyword, keywords: ['予'.repeat(101)] })).toEqual([
      'keywords.0: a keyword is at most 100 characters',
    ]);
    expect(issues({ kind: 'channel_account', channelAccountIds: [] })).toEqual([
      'channelAccountIds: choose at least one channel account',
    ]);
    expect(issues({ kind: 'channel_account', channelAccountIds: ['line-1'] })).toEqual([
      'channelAccountIds.0: must be a channel account id',
    ]);
    expect(issues({ kind: 'quick_reply_payload', payloads: [] })).toEqual([
      'payloads: give at least one payload',
    ]);
    expect(issues({ kind: 'contact_language', languages: ['japanese'] })).toEqual([
      'languages.0: must be a primary language subtag such as ja or en',
    ]);
    expect(issues({ kind: 'contact_language', languages: ['ja-JP'] })).toHaveLength(1);
    expect(issues({ kind: 'contact_tag', tags: ['vip'], match: 'some' })).toHaveLength(1);
    expect(
      issues({ kind: 'business_hours', hours: { timeZone: 'Mars/Olympus', weekly: [] }, when: 'open' }),
    ).toEqual(['hours.timeZone: an IANA time zone such as Asia/Tokyo']);
  });

  it('name the kinds when given an unknown one', () => {
    expect(issuesOf(routingConditionSchema.safeParse({ kind: 'sentiment' }))).toEqual([
      'kind: must be a condition kind: channel_account, keyword, regex, quick_reply_payload, contact_language, contact_tag, business_hours',
    ]);
  });
});

describe('routing rules', () => {
  it('take an ordered list and a default team', () => {
    const parsed = routingRulesSchema.parse({ rules: [rule(), rule({ id: uuid(2) })], defaultTeamId: null });
    expect(parsed.rules.map((each) => each.id)).toEqual([uuid(1), uuid(2)]);
  });

  it('need one to 20 conditions per rule, and a name', () => {
    expect(issuesOf(routingRuleSchema.safeParse(rule({ conditions: [] })))).toEqual([
      'conditions: give at least one condition',
    ]);
    expect(issuesOf(routingRuleSchema.safeParse(rule({ conditions: Array(20).fill(keyword) })))).toEqual([]);
    expect(issuesOf(routingRuleSchema.safeParse(rule({ conditions: Array(21).fill(keyword) })))).toEqual([
      'conditions: a rule has at most 20 conditions',
    ]);
    expect(issuesOf(routingRuleSchema.safeParse(rule({ name: ' ' })))).toEqual(['name: name the rule']);
  });

  it('hold at most 200 rules, each once', () => {
    const many = (count: number) =>
      Array.from({ length: count }, (_, index) => rule({ id: uuid(index + 1) }));
    expect(issuesOf(routingRulesSchema.safeParse({ rules: many(200), defaultTeamId: null }))).toEqual([]);
    expect(issuesOf(routingRulesSchema.safeParse({ rules: many(201), defaultTeamId: null }))).toEqual([
      'rules: at most 200 rules',
    ]);
    expect(issuesOf(routingRulesSchema.safeParse({ rules: [rule(), rule()], defaultTeamId: null }))).toEqual([
      'rules.1.id: lists a rule twice',
    ]);
  });

  it('name the nested field at fault', () => {
    const result = routingRulesSchema.safeParse({
      rules: [rule(), rule({ id: uuid(2), conditions: [keyword, { kind: 'regex', pattern: '[' }] })],
      defaultTeamId: 'sales',
    });
    expect(issuesOf(result)).toEqual([
      'rules.1.conditions.1.pattern: must be a regular expression valid with the u flag (Unterminated character class)',
      'defaultTeamId: must be a team id',
    ]);
  });
});
