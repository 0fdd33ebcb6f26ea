import { createTeamSchema, defaultTeamSla } from '@parley/contracts';
import { describe, expect, it, vi } from 'vitest';
import { ApiError } from '../../api/api-error';
import { translator } from '../../i18n/translator.test-support';
import { team, uuid } from '../fixtures.test-support';
import { teamCandidate, teamField, teamResolver, teamValues, type TeamFormValues } from './team-form';
import { reportTeamFailure } from './use-team-form';

const resolve = (values: TeamFormValues, lang: 'en' | 'ja' = 'en') =>
  teamResolver(translator(lang))(values, undefined, { fields: {}, shouldUseNativeValidation: false });

const sales = team(1, '予約窓口', {
  strategy: 'sticky',
  fallbackStrategy: 'least_busy',
  members: [
    { userId: uuid(1), capacity: null },
    { userId: uuid(2), capacity: 3 },
  ],
  defaultCapacity: 4,
  sla: {
    firstResponseMinutes: 30,
    onBreach: 'escalate',
    escalateToTeamId: uuid(102),
    businessHoursOnly: true,
  },
});

describe('teamValues', () => {
  it('puts a team in the form, numbers as their text and no capacity as blank', () => {
    expect(teamValues(sales)).toEqual({
      name: '予約窓口',
      strategy: 'sticky',
      fallbackStrategy: 'least_busy',
      defaultCapacity: '4',
      members: [
        { userId: uuid(1), capacity: '' },
        { userId: uuid(2), capacity: '3' },
      ],
      sla: {
        enabled: true,
        firstResponseMinutes: '30',
        onBreach: 'escalate',
        escalateToTeamId: uuid(102),
        businessHoursOnly: true,
      },
    });
  });

  it('starts a new team round-robin, with a capacity of 5 and no first-response target', () => {
    const values = teamValues(null);
    expect(values).toMatchObject({ name: '', strategy: 'round_robin', defaultCapacity: '5', members: [] });
    expect(values.sla).toMatchObject({ enabled: false, onBreach: 'reassign', escalateToTeamId: '' });
  });
});

describe('teamCandidate', () => {
  it('makes the contract’s body back from the form (a round trip keeps the team)', () => {
    const { id: _id, createdAt: _at, ...fields } = sales;
    expect(createTeamSchema.parse(teamCandidate(teamValues(sales)))).toEqual(fields);
  });

  it('sends no SLA when the target is off, whatever was typed under it', () => {
    const values = teamValues(sales);
    values.sla.enabled = false;
    expect(teamCandidate(values).sla).toEqual(defaultTeamSla);
  });

  it('sends the team to escalate to only when escalating', () => {
    const values = teamValues(sales);
    values.sla.onBreach = 'reassign';
    expect(teamCandidate(values).sla).toMatchObject({ onBreach: 'reassign', escalateToTeamId: null });
    values.sla.onBreach = 'escalate';
    values.sla.escalateToTeamId = '';
    expect(teamCandidate(values).sla.escalateToTeamId).toBeNull();
  });
});

describe('teamResolver', () => {
  it('passes the request body on when the contract takes it', async () => {
    const result = await resolve(teamValues(sales));
    expect(result.errors).toEqual({});
    expect(result.values).toMatchObject({ name: '予約窓口', members: [{ capacity: null }, { capacity: 3 }] });
  });

  it('words the contract’s checks under their fields, in English and Japanese', async () => {
    const values = teamValues(sales);
    values.name = '  ';
    values.defaultCapacity = '0';
    values.members[1]!.capacity = '2.5';
    values.sla.firstResponseMinutes = '10081';
    values.sla.escalateToTeamId = '';
    const en = (await resolve(values)).errors;
    expect(en.name?.message).toBe('Name the team.');
    expect(en.defaultCapacity?.message).toBe('Enter a whole number from 1 to 100.');
    expect(en.members?.[1]?.capacity?.message).toBe('Enter a whole number from 1 to 100.');
    expect(en.sla?.firstResponseMinutes?.message).toBe('Enter a whole number of minutes from 1 to 10080.');
    expect(en.sla?.escalateToTeamId?.message).toBe('Choose the team to escalate to.');
    const ja = (await resolve(values, 'ja')).errors;
    expect(ja.name?.message).toBe('チーム名を入力してください。');
    expect(ja.sla?.escalateToTeamId?.message).toBe('エスカレーション先のチームを選んでください。');
  });

  it('says how long a name may be, and that a person is listed twice', async () => {
    const values = teamValues(sales);
    values.name = 'x'.repeat(81);
    values.members.push({ userId: uuid(1), capacity: '' });
    const { errors } = await resolve(values);
    expect(errors.name?.message).toBe('Use at most 80 characters.');
    expect(errors.members?.[2]?.userId?.message).toBe('This person is listed twice.');
  });

  it('takes a blank capacity as required, not as zero', async () => {
    const values = teamValues(null);
    values.name = 'Sales';
    values.defaultCapacity = '';
    expect((await resolve(values)).errors.defaultCapacity?.message).toBe(
      'Enter a whole number from 1 to 100.',
    );
  });
});

describe('teamField and reportTeamFailure', () => {
  it('name the form field of each of the API’s issue paths', () => {
    expect(teamField('name')).toBe('name');
    expect(teamField('members')).toBe('members.root');
    expect(teamField('members.3.capacity')).toBe('members.3.capacity');
    expect(teamField('sla')).toBe('sla.enabled');
    expect(teamField('sla.escalateToTeamId')).toBe('sla.escalateToTeamId');
    expect(teamField('organisation')).toBeNull();
  });

  it('put the API’s issues and a taken name under their fields, the rest in the alert', () => {
    const setError = vi.fn();
    const t = translator('en');
    const invalid = new ApiError('INVALID_INPUT', 'invalid', 400, [
      { path: 'sla.escalateToTeamId', message: 'no such team' },
    ]);
    expect(reportTeamFailure(invalid, setError, t)).toBeNull();
    expect(setError).toHaveBeenCalledWith(
      'sla.escalateToTeamId',
      { type: 'server', message: 'no such team' },
      { shouldFocus: true },
    );
    expect(reportTeamFailure(new ApiError('TEAM_EXISTS', 'taken', 409), setError, t)).toBeNull();
    expect(setError).toHaveBeenLastCalledWith(
      'name',
      { type: 'server', message: 'Another team already has this name.' },
      { shouldFocus: true },
    );
    const down = new ApiError('HTTP_503', 'down', 503);
    expect(reportTeamFailure(down, setError, t)).toBe(down);
  });
});
