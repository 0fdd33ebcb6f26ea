import { describe, expect, it } from 'vitest';
import {
  agentAvailabilitySchema,
  createTeamSchema,
  setAvailabilitySchema,
  teamSchema,
  updateTeamSchema,
} from './team.schema.js';

const uuid = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;
const sla = {
  firstResponseMinutes: 30,
  onBreach: 'escalate',
  escalateToTeamId: uuid(9),
  businessHoursOnly: true,
};
const create = (change: Record<string, unknown> = {}) => ({
  name: ' 予約窓口 ',
  strategy: 'least_busy',
  members: [
    { userId: uuid(1), capacity: null },
    { userId: uuid(2), capacity: 3 },
  ],
  defaultCapacity: 5,
  sla,
  ...change,
});
const issuesOf = (result: { error?: { issues: { path: PropertyKey[]; message: string }[] } }) =>
  (result.error?.issues ?? []).map((issue) => `${issue.path.join('.')}: ${issue.message}`);

describe('teams', () => {
  it('are created with a trimmed name, falling back to round-robin and no SLA unless told', () => {
    expect(createTeamSchema.parse(create())).toEqual({
      ...create(),
      name: '予約窓口',
      fallbackStrategy: 'round_robin',
    });
    expect(createTeamSchema.parse({ name: 'Sales', strategy: 'sticky', defaultCapacity: 10 })).toEqual({
      name: 'Sales',
      strategy: 'sticky',
      fallbackStrategy: 'round_robin',
      members: [],
      defaultCapacity: 10,
      sla: {
        firstResponseMinutes: null,
        onBreach: 'reassign',
        escalateToTeamId: null,
        businessHoursOnly: false,
      },
    });
  });

  it('come back from the API with an id and a creation time', () => {
    const team = { ...createTeamSchema.parse(create()), id: uuid(5), createdAt: '2025-06-16T01:00:00.000Z' };
    expect(teamSchema.parse(team)).toEqual(team);
    expect(teamSchema.safeParse({ ...team, createdAt: '2025-06-16' }).success).toBe(false);
  });

  it('refuse a member listed twice, naming the second', () => {
    const members = [
      { userId: uuid(1), capacity: null },
      { userId: uuid(2), capacity: null },
      { userId: uuid(1), capacity: 4 },
    ];
    expect(issuesOf(createTeamSchema.safeParse(create({ members })))).toEqual([
      'members.2.userId: lists a member twice',
    ]);
  });

  it('keep capacities between 1 and 100', () => {
    expect(issuesOf(createTeamSchema.safeParse(create({ defaultCapacity: 0 })))).toEqual([
      'defaultCapacity: must be at least 1',
    ]);
    expect(issuesOf(createTeamSchema.safeParse(create({ defaultCapacity: 100 })))).toEqual([]);
    expect(
      issuesOf(createTeamSchema.safeParse(create({ members: [{ userId: uuid(1), capacity: 101 }] }))),
    ).toEqual(['members.0.capacity: must be at most 100']);
    expect(issuesOf(createTeamSchema.safeParse(create({ defaultCapacity: 2.5 })))).toEqual([
      'defaultCapacity: must be a whole number',
    ]);
  });

  it('need a team to escalate to when escalating, and only then', () => {
    expect(issuesOf(createTeamSchema.safeParse(create({ sla: { ...sla, escalateToTeamId: null } })))).toEqual(
      ['sla.escalateToTeamId: choose the team to escalate to'],
    );
    expect(issuesOf(createTeamSchema.safeParse(create({ sla: { ...sla, onBreach: 'reassign' } })))).toEqual([
      'sla.escalateToTeamId: only escalating uses a team to escalate to',
    ]);
    expect(
      createTeamSchema.safeParse(create({ sla: { ...sla, onBreach: 'reassign', escalateToTeamId: null } }))
        .success,
    ).toBe(true);
  });

  it('keep the first-response target between a minute and a week', () => {
    const target = (firstResponseMinutes: number | null) =>
      issuesOf(createTeamSchema.safeParse(create({ sla: { ...sla, firstResponseMinutes } })));
    expect(target(null)).toEqual([]);
    expect(target(10_080)).toEqual([]);
    expect(target(10_081)).toEqual(['sla.firstResponseMinutes: must be at most 10080 minutes (a week)']);
    expect(target(0)).toEqual(['sla.firstResponseMinutes: must be at least 1 minute']);
  });

  it('refuse a blank or long name and a sticky fallback', () => {
    expect(issuesOf(createTeamSchema.safeParse(create({ name: '  ' })))).toEqual(['name: name the team']);
    expect(issuesOf(createTeamSchema.safeParse(create({ name: 'x'.repeat(81) })))).toEqual([
      'name: a team name is at most 80 characters',
    ]);
    expect(issuesOf(createTeamSchema.safeParse(create({ fallbackStrategy: 'sticky' })))).toHaveLength(1);
  });

  it('change only the fields given, at least one, by the same rules', () => {
    expect(updateTeamSchema.parse({ name: ' Sales ' })).toEqual({ name: 'Sales' });
    expect(issuesOf(updateTeamSchema.safeParse({}))).toEqual([': give at least one field to change']);
    expect(issuesOf(updateTeamSchema.safeParse({ unknown: 1 }))).toEqual([
      ': give at least one field to change',
    ]);
    expect(issuesOf(updateTeamSchema.safeParse({ sla: { ...sla, escalateToTeamId: null } }))).toEqual([
      'sla.escalateToTeamId: choose the team to escalate to',
    ]);
    expect(
      issuesOf(
        updateTeamSchema.safeParse({
          members: [
            { userId: uuid(3), capacity: null },
            { userId: uuid(3), capacity: null },
          ],
        }),
      ),
    ).toEqual(['members.1.userId: lists a member twice']);
  });
});

describe('agent availability', () => {
  it('is online, away or offline, with the agent’s own capacity', () => {
    expect(agentAvailabilitySchema.parse({ availability: 'away', capacity: 8 })).toEqual({
      availability: 'away',
      capacity: 8,
    });
    expect(issuesOf(agentAvailabilitySchema.safeParse({ availability: 'busy', capacity: 0 }))).toHaveLength(
      2,
    );
  });

  it('is set without a capacity, which then stays as it was', () => {
    expect(setAvailabilitySchema.parse({ availability: 'online' })).toEqual({ availability: 'online' });
    expect(issuesOf(setAvailabilitySchema.safeParse({ availability: 'online', capacity: -1 }))).toHaveLength(
      1,
    );
  });
});
