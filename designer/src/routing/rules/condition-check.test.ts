import { describe, expect, it } from 'vitest';
import { conditionHolds, testRegex } from './condition-check';

const flags = (set = '') => ({ i: set.includes('i'), s: set.includes('s'), m: set.includes('m') });

describe('testRegex', () => {
  it('tries the pattern on the sample with the contract’s own logic, always in Unicode mode', () => {
    expect(testRegex('予約|よやく', flags(), '明日の予約を変更したい')).toEqual({ state: 'match' });
    expect(testRegex('^\\p{Script=Han}+$', flags(), '予約')).toEqual({ state: 'match' });
    expect(testRegex('^booking', flags(), 'Booking please')).toEqual({ state: 'noMatch' });
    expect(testRegex('^booking', flags('i'), 'Booking please')).toEqual({ state: 'match' });
    expect(testRegex('^change$', flags('m'), 'hello\nchange')).toEqual({ state: 'match' });
  });

  it('waits for a sample, and says why a pattern does not compile', () => {
    expect(testRegex('予約', flags(), '')).toEqual({ state: 'empty' });
    expect(testRegex('(予約', flags(), '予約')).toEqual({ state: 'invalid', problem: 'Unterminated group' });
    expect(testRegex('', flags(), '予約')).toEqual({ state: 'invalid', problem: null });
  });
});

describe('conditionHolds', () => {
  it('routes one condition alone, as a rule of its own would', () => {
    const snapshot = {
      channelAccountId: '',
      firstMessageText: '注文番号ＡＢＣ',
      quickReplyPayload: null,
      contact: { language: null, tags: [] },
    };
    const keyword = {
      kind: 'keyword' as const,
      keywords: ['abc'],
      match: 'any' as const,
      caseSensitive: false,
    };
    expect(conditionHolds(keyword, snapshot, new Date())).toBe(true);
    expect(conditionHolds({ ...keyword, caseSensitive: true }, snapshot, new Date())).toBe(false);
  });
});
