import type { Active, Over } from '@dnd-kit/core';
import { describe, expect, it } from 'vitest';
import { translator } from '../../i18n/translator.test-support';
import { rule, uuid } from '../fixtures.test-support';
import { conditionSummary } from './condition-summary';
import { languageNames } from './language-names';
import { ruleAnnouncements } from './rule-announcements';
import { placeRoutingIssues } from './routing-issues';

const en = translator('en');
const ja = translator('ja');
const accountName = (id: string) => (id === uuid(201) ? 'Tokyo line' : 'Osaka line');

describe('conditionSummary', () => {
  it('says each kind of condition in a line, in the admin’s language', () => {
    const hours = { timeZone: 'Asia/Tokyo', weekly: [], closedDates: [] };
    expect(
      conditionSummary(
        { kind: 'channel_account', channelAccountIds: [uuid(201), uuid(202)] },
        en,
        accountName,
      ),
    ).toBe('On Tokyo line, Osaka line');
    expect(
      conditionSummary(
        { kind: 'keyword', keywords: ['予約', '変更'], match: 'any', caseSensitive: false },
        ja,
        accountName,
      ),
    ).toBe('「予約」、「変更」のいずれかを含む');
    expect(conditionSummary({ kind: 'regex', pattern: '^予約', flags: ['i'] }, en, accountName)).toBe(
      'Matches /^予約/i',
    );
    expect(
      conditionSummary(
        { kind: 'contact_tag', tags: ['a', 'b', 'c', 'd', 'e'], match: 'all' },
        en,
        accountName,
      ),
    ).toBe('Tagged all of “a”, “b”, “c” and 2 more');
    expect(conditionSummary({ kind: 'business_hours', hours, when: 'closed' }, en, accountName)).toBe(
      'Outside business hours (Asia/Tokyo)',
    );
  });
});

describe('ruleAnnouncements', () => {
  const rules = [rule(1, 'Bookings'), rule(2, 'VIPs'), rule(3, 'English')];
  const active = { id: uuid(1) } as Active;
  const over = (n: number) => ({ id: uuid(n) }) as Over;

  it('tell a screen reader the rule’s name and position, not its id', () => {
    const say = ruleAnnouncements(rules, en);
    expect(say.onDragStart({ active })).toBe('Picked up Bookings, rule 1 of 3.');
    expect(say.onDragOver({ active, over: over(3) })).toBe('Bookings is over position 3 of 3.');
    expect(say.onDragEnd({ active, over: over(2) })).toBe('Bookings was dropped at position 2 of 3.');
    expect(say.onDragCancel({ active, over: null })).toBe('Moving Bookings was cancelled. It stays rule 1.');
    expect(ruleAnnouncements(rules, ja).onDragStart({ active })).toBe(
      'Bookings（3 件中 1 番目）を持ち上げました。',
    );
  });
});

describe('placeRoutingIssues', () => {
  it('puts the API’s issues on the rules they name, by their place in what was sent', () => {
    const sent = [rule(1, 'A'), rule(2, 'B')];
    const placed = placeRoutingIssues(
      [
        { path: 'rules.1.teamId', message: 'no such team' },
        { path: 'rules.1.conditions.0.pattern', message: 'too slow' },
        { path: 'defaultTeamId', message: 'no such team' },
        { path: 'rules.7.name', message: 'gone' },
      ],
      sent,
    );
    expect(placed.byRule).toEqual(new Map([[uuid(2), ['no such team', 'too slow']]]));
    expect(placed.defaultTeam).toEqual(['no such team']);
    expect(placed.rest).toEqual([{ path: 'rules.7.name', message: 'gone' }]);
  });
});

describe('languageNames', () => {
  it('names language codes in the admin’s language, and leaves unknown ones as typed', () => {
    expect(languageNames(['ja', 'EN'], 'en')).toEqual(['Japanese', 'English']);
    expect(languageNames(['ja'], 'ja')).toEqual(['日本語']);
    expect(languageNames(['japanese', 'xx'], 'en')).toEqual(['japanese', 'xx']);
  });
});
