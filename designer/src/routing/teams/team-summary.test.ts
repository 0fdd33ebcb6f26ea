import { describe, expect, it } from 'vitest';
import { translator } from '../../i18n/translator.test-support';
import { team, user, uuid } from '../fixtures.test-support';
import { durationText, memberNames, slaText, strategyText } from './team-summary';

const en = translator('en');
const ja = translator('ja');

describe('the team list’s summaries', () => {
  it('name the strategy, sticky with its fallback', () => {
    expect(strategyText({ strategy: 'least_busy', fallbackStrategy: 'round_robin' }, en)).toBe('Least busy');
    expect(strategyText({ strategy: 'sticky', fallbackStrategy: 'least_busy' }, en)).toBe(
      'Sticky, else Least busy',
    );
    expect(strategyText({ strategy: 'sticky', fallbackStrategy: 'round_robin' }, ja)).toBe(
      '前回の担当者（不可ならラウンドロビン）',
    );
  });

  it('say durations as people read them', () => {
    expect(durationText(45, en)).toBe('45 min');
    expect(durationText(120, en)).toBe('2 h');
    expect(durationText(90, ja)).toBe('1 時間 30 分');
  });

  it('list the members in order, with the capacity the team gives them', () => {
    const users = new Map([user(1, 'Aoi Sato'), user(2, 'Ben Ito')].map((u) => [u.id, u]));
    const members = [
      { userId: uuid(1), capacity: null },
      { userId: uuid(2), capacity: 3 },
      { userId: uuid(9), capacity: null },
    ];
    expect(memberNames({ members }, users, en)).toEqual([
      'Aoi Sato',
      'Ben Ito (up to 3)',
      'Someone no longer here',
    ]);
  });

  it('describe the first-response target and what happens when it is missed', () => {
    const support = team(2, 'Support');
    const teams = new Map([[support.id, support]]);
    expect(slaText(team(1, 'Sales'), teams, en)).toBe('None');
    const escalating = team(1, 'Sales', {
      sla: {
        firstResponseMinutes: 30,
        onBreach: 'escalate',
        escalateToTeamId: support.id,
        businessHoursOnly: true,
      },
    });
    expect(slaText(escalating, teams, en)).toBe(
      'Reply within 30 min of business hours, then escalate to Support',
    );
    expect(slaText(escalating, new Map(), ja)).toBe(
      '営業時間で30 分以内に返信、過ぎたら削除されたチームへエスカレーション',
    );
    const reassigning = team(1, 'Sales', {
      sla: {
        firstResponseMinutes: 60,
        onBreach: 'reassign',
        escalateToTeamId: null,
        businessHoursOnly: false,
      },
    });
    expect(slaText(reassigning, teams, en)).toBe('Reply within 1 h, then reassign');
  });
});
