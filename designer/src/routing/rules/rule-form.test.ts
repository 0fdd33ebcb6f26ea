import { routingRuleSchema, type RoutingConditionKind } from '@parley/contracts';
import { describe, expect, it } from 'vitest';
import { translator } from '../../i18n/translator.test-support';
import { rule, uuid } from '../fixtures.test-support';
import { blankCondition, lines, words } from './condition-forms';
import { ruleRequest, ruleResolver, ruleValues, type RuleFormValues } from './rule-form';

const resolve = (values: RuleFormValues, lang: 'en' | 'ja' = 'en') =>
  ruleResolver(translator(lang))(values, undefined, { fields: {}, shouldUseNativeValidation: false });
const hours = {
  timeZone: 'Asia/Tokyo',
  weekly: [
    { day: 1, opens: '09:00', closes: '12:00' },
    { day: 1, opens: '13:00', closes: '18:00' },
  ],
  closedDates: ['2025-01-01'],
};
/** A rule with one condition of every kind. */
const everything = rule(1, '日本語の予約', {
  enabled: false,
  conditions: [
    { kind: 'channel_account', channelAccountIds: [uuid(201), uuid(202)] },
    { kind: 'keyword', keywords: ['予約', 'ＡＢＣ'], match: 'all', caseSensitive: true },
    { kind: 'regex', pattern: '^\\p{Script=Han}+$', flags: ['i', 'm'] },
    { kind: 'quick_reply_payload', payloads: ['BOOK', 'CANCEL'] },
    { kind: 'contact_language', languages: ['ja', 'en'] },
    { kind: 'contact_tag', tags: ['vip', '常連'], match: 'any' },
    { kind: 'business_hours', hours, when: 'closed' },
  ],
});
const editedRule = (change: (values: RuleFormValues) => void) => {
  const values = ruleValues(everything, () => uuid(999));
  change(values);
  return values;
};

describe('ruleValues and ruleRequest', () => {
  it('round-trip a rule with every kind of condition through the editor', () => {
    const values = ruleValues(everything, () => uuid(999));
    expect(values.conditions.map((condition) => condition.kind)).toEqual([
      'channel_account',
      'keyword',
      'regex',
      'quick_reply_payload',
      'contact_language',
      'contact_tag',
      'business_hours',
    ]);
    expect(values.conditions[1]).toEqual({
      kind: 'keyword',
      keywords: '予約\nＡＢＣ',
      match: 'all',
      caseSensitive: true,
    });
    expect(values.conditions[2]).toMatchObject({ flags: { i: true, s: false, m: true }, sample: '' });
    expect(values.conditions[4]).toEqual({ kind: 'contact_language', languages: 'ja, en' });
    expect(routingRuleSchema.parse(ruleRequest(values).body)).toEqual(everything);
  });

  it('start a new rule enabled, with a fresh id, no team and no conditions', () => {
    expect(ruleValues(null, () => uuid(7))).toEqual({
      id: uuid(7),
      name: '',
      enabled: true,
      teamId: '',
      conditions: [],
    });
  });

  it('take lists a line at a time (languages by spaces or commas), leaving blanks out', () => {
    expect(lines(' 予約 \n\n  \n変更')).toEqual({ items: ['予約', '変更'], positions: [1, 4] });
    expect(words('ja, en 、ko')).toEqual({ items: ['ja', 'en', 'ko'], positions: [1, 2, 3] });
    const values = editedRule((v) => {
      v.conditions[3] = { kind: 'quick_reply_payload', payloads: 'BOOK\n\n CANCEL ' };
    });
    expect(ruleRequest(values).body.conditions).toContainEqual({
      kind: 'quick_reply_payload',
      payloads: ['BOOK', 'CANCEL'],
    });
  });

  it('start each kind of condition so the contract needs only what the admin must give', () => {
    const kinds: RoutingConditionKind[] = ['keyword', 'regex', 'business_hours'];
    const blanks = kinds.map((kind) => blankCondition(kind));
    expect(blanks[0]).toEqual({ kind: 'keyword', keywords: '', match: 'any', caseSensitive: false });
    const hoursBody = ruleRequest({ ...ruleValues(null, () => uuid(1)), conditions: [blanks[2]!] }).body;
    expect(hoursBody.conditions).toEqual([
      { kind: 'business_hours', when: 'open', hours: expect.objectContaining({ timeZone: 'Asia/Tokyo' }) },
    ]);
  });
});

describe('ruleResolver', () => {
  it('passes the rule on as the contract parses it', async () => {
    const result = await resolve(ruleValues(everything, () => uuid(999)));
    expect(result.errors).toEqual({});
    expect(result.values).toEqual(everything);
  });

  it('asks for a name, a team and a condition', async () => {
    const { errors } = await resolve(
      ruleValues(null, () => uuid(7)),
      'ja',
    );
    expect(errors.name?.message).toBe('ルール名を入力してください。');
    expect(errors.teamId?.message).toBe('割り当て先のチームを選んでください。');
    expect(errors.conditions?.root?.message).toBe('条件を 1 つ以上追加してください。');
  });

  it('names the line of a list item at fault, and an empty list', async () => {
    const values = editedRule((v) => {
      v.conditions[1] = {
        kind: 'keyword',
        keywords: '予約\n\n' + 'x'.repeat(101),
        match: 'any',
        caseSensitive: false,
      };
      v.conditions[5] = { kind: 'contact_tag', tags: '\n ', match: 'any' };
      v.conditions[4] = { kind: 'contact_language', languages: 'ja, japanese' };
      v.conditions[0] = { kind: 'channel_account', channelAccountIds: [] };
    });
    const { errors } = await resolve(values);
    const error = (index: number, field: string) =>
      (errors.conditions?.[index] as Record<string, { message?: string }> | undefined)?.[field]?.message;
    expect(error(1, 'keywords')).toBe('Line 3 is too long: at most 100 characters.');
    expect(error(5, 'tags')).toBe('Write at least one tag.');
    expect(error(4, 'languages')).toBe('“japanese” isn’t a language code such as ja or en.');
    expect(error(0, 'channelAccountIds')).toBe('Choose at least one channel account.');
  });

  it('says why a regular expression does not compile with the u flag', async () => {
    const values = editedRule((v) => {
      v.conditions[2] = {
        kind: 'regex',
        pattern: '(予約',
        flags: { i: false, s: false, m: false },
        sample: '',
      };
    });
    const { errors } = await resolve(values, 'ja');
    expect((errors.conditions?.[2] as { pattern?: { message?: string } }).pattern?.message).toBe(
      'Parley で使える正規表現ではありません（Unterminated group）。',
    );
  });

  it('puts a business hours issue under the range it is about, worded as the automatic replies word it', async () => {
    const values = editedRule((v) => {
      const condition = v.conditions[6];
      if (condition?.kind !== 'business_hours') throw new Error('expected business hours');
      condition.hours.days[0]!.ranges[1] = { opens: '19:00', closes: '18:00' };
    });
    const { errors } = await resolve(values);
    const hoursErrors = (
      errors.conditions?.[6] as { hours?: { days?: { ranges?: { closes?: { message?: string } }[] }[] } }
    ).hours;
    expect(hoursErrors?.days?.[0]?.ranges?.[1]?.closes?.message).toBe('Make it close after it opens.');
  });
});
