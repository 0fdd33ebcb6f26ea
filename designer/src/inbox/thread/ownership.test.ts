import { describe, expect, it } from 'vitest';
import { translator } from '../../i18n/translator.test-support';
import { billing, ito, sato, tanaka } from './fixtures.test-support';
import { formatWait, mayMove, ownershipActions, ownershipOf, type Caller } from './ownership';

const en = translator('en');
const ja = translator('ja');
const MINUTE = 60_000;

describe('ownershipOf', () => {
  it('reads who has the conversation', () => {
    expect(ownershipOf({ status: 'open', team: billing, assignee: sato, queuedAt: null })?.ownership).toEqual(
      {
        kind: 'assigned',
        assignee: sato,
        team: billing,
      },
    );
    expect(
      ownershipOf({ status: 'open', team: billing, assignee: null, queuedAt: '2025-01-01T12:00:00.000Z' })
        ?.ownership,
    ).toEqual({ kind: 'queued', team: billing, queuedAt: '2025-01-01T12:00:00.000Z' });
    expect(
      ownershipOf({ status: 'closed', team: billing, assignee: null, queuedAt: null })?.ownership,
    ).toEqual({
      kind: 'team',
      team: billing,
    });
    expect(ownershipOf({ status: 'open', team: null, assignee: null, queuedAt: null })?.ownership).toEqual({
      kind: 'automation',
    });
  });

  it('is null for an engine without routing', () => {
    expect(ownershipOf({})).toBeNull();
  });
});

describe('formatWait', () => {
  it('says how long a conversation has waited', () => {
    expect(formatWait(30_000, en)).toBe('under a minute');
    expect(formatWait(12 * MINUTE + 59_000, en)).toBe('12 min');
    expect(formatWait(125 * MINUTE, en)).toBe('2 h 5 min');
    expect(formatWait(3 * 24 * 60 * MINUTE, en)).toBe('3 days');
    expect(formatWait(24 * 60 * MINUTE, en)).toBe('1 day');
    expect(formatWait(12 * MINUTE, ja)).toBe('12分');
    expect(formatWait(125 * MINUTE, ja)).toBe('2時間5分');
    expect(formatWait(-5_000, en)).toBe('under a minute');
  });
});

describe('ownershipActions', () => {
  const agent: Caller = { userId: sato.id, maySend: true, mayManage: false };
  const admin: Caller = { userId: ito.id, maySend: true, mayManage: true };
  const queued = { kind: 'queued', team: billing, queuedAt: null } as const;
  const mine = { kind: 'assigned', assignee: sato, team: billing } as const;
  const others = { kind: 'assigned', assignee: tanaka, team: billing } as const;

  it('lets an agent take a queued conversation, give it to a colleague, transfer, snooze or close it', () => {
    expect(ownershipActions('open', queued, agent)).toEqual({
      assignToMe: true,
      assign: true,
      transfer: true,
      snooze: true,
      close: true,
      reopen: false,
      returnToAutomation: true,
    });
  });

  it('does not offer an agent their own conversation again', () => {
    expect(ownershipActions('open', mine, agent).assignToMe).toBe(false);
  });

  it('lets nobody but an admin move another agent’s conversation', () => {
    expect(mayMove(others, agent)).toBe(false);
    expect(Object.values(ownershipActions('open', others, agent)).some(Boolean)).toBe(false);
    expect(ownershipActions('open', others, admin)).toMatchObject({ assignToMe: true, assign: true });
  });

  it('offers reopening a closed conversation, and reopening or closing a snoozed one', () => {
    expect(ownershipActions('closed', { kind: 'team', team: billing }, agent)).toMatchObject({
      reopen: true,
      close: false,
      assignToMe: false,
      snooze: false,
    });
    expect(ownershipActions('snoozed', mine, agent)).toMatchObject({
      reopen: true,
      close: true,
      transfer: false,
    });
  });

  it('offers automation back only when a team or an agent has the conversation', () => {
    expect(ownershipActions('open', { kind: 'automation' }, agent).returnToAutomation).toBe(false);
    expect(ownershipActions('open', mine, agent).returnToAutomation).toBe(true);
  });

  it('offers nothing to someone who may not send messages', () => {
    expect(Object.values(ownershipActions('open', queued, { ...agent, maySend: false })).some(Boolean)).toBe(
      false,
    );
  });
});
