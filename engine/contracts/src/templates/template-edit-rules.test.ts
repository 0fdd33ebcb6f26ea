import { describe, expect, it } from 'vitest';
import { approvedEditRule, editAllowance, editableStatuses } from './template-edit-rules.js';
import { editAllowanceSchema, templateStatuses } from './template.schema.js';

const hour = 60 * 60 * 1000;
const day = 24 * hour;
const now = new Date('2025-06-15T12:00:00.000Z');
const ago = (ms: number) => new Date(now.getTime() - ms).toISOString();
const approved = (approvedEdits: string[]) => ({ status: 'APPROVED', approvedEdits, editable: true });

describe('editAllowance', () => {
  it('lets rejected and paused templates be edited freely, however often they were edited', () => {
    const edits = Array.from({ length: 12 }, (_, index) => ago(index * hour));
    for (const status of ['REJECTED', 'PAUSED'])
      expect(editAllowance({ status, approvedEdits: edits, editable: true }, now)).toEqual({ allowed: true });
  });

  it('refuses other statuses, with no time to wait for', () => {
    const refused = templateStatuses.filter(
      (status) => !(editableStatuses as readonly string[]).includes(status),
    );
    expect(refused).toEqual(
      expect.arrayContaining(['PENDING', 'DISABLED', 'SUBMITTING', 'FLAGGED', 'DELETED']),
    );
    for (const status of refused)
      expect(editAllowance({ status, approvedEdits: [], editable: true }, now)).toEqual({
        allowed: false,
        reason: 'STATUS',
        allowedFrom: null,
      });
  });

  it('lets an approved template never edited be edited', () => {
    expect(editAllowance(approved([]), now)).toEqual({ allowed: true });
  });

  it('refuses a second edit within 24 h until 24 h after the last edit', () => {
    const edits = [ago(3 * day), ago(5 * hour)];
    expect(editAllowance(approved(edits), now)).toEqual({
      allowed: false,
      reason: 'DAILY_LIMIT',
      allowedFrom: '2025-06-16T07:00:00.000Z',
    });
    // The order edits are given in does not matter.
    expect(editAllowance(approved([...edits].reverse()), now)).toMatchObject({
      allowedFrom: '2025-06-16T07:00:00.000Z',
    });
  });

  it('allows an edit once 24 h have passed, to the millisecond', () => {
    expect(editAllowance(approved([ago(day - 1)]), now)).toMatchObject({ reason: 'DAILY_LIMIT' });
    expect(editAllowance(approved([ago(day)]), now)).toEqual({ allowed: true });
    expect(editAllowance(approved([ago(25 * hour)]), now)).toEqual({ allowed: true });
  });

  it('refuses an 11th edit within 30 days until the oldest of the last 10 is 30 days old', () => {
    // Ten edits, two days apart, the oldest 20 days ago; one from 40 days ago no longer counts.
    const edits = [ago(40 * day), ...Array.from({ length: 10 }, (_, index) => ago((2 + index * 2) * day))];
    const oldest = now.getTime() - 20 * day;
    expect(editAllowance(approved(edits), now)).toEqual({
      allowed: false,
      reason: 'MONTHLY_LIMIT',
      allowedFrom: new Date(oldest + 30 * day).toISOString(),
    });
    expect(new Date(oldest + 30 * day).toISOString()).toBe('2025-06-25T12:00:00.000Z');
    // Then it leaves the window and an edit is allowed.
    expect(editAllowance(approved(edits), new Date(oldest + 30 * day))).toEqual({ allowed: true });
    expect(editAllowance(approved(edits), new Date(oldest + 30 * day - 1))).toMatchObject({
      reason: 'MONTHLY_LIMIT',
    });
  });

  it('counts 10 edits in 30 days, not 9', () => {
    const nine = Array.from({ length: approvedEditRule.perThirtyDays - 1 }, (_, index) =>
      ago((2 + index) * day),
    );
    expect(editAllowance(approved(nine), now)).toEqual({ allowed: true });
    expect(editAllowance(approved([...nine, ago(29 * day)]), now)).toMatchObject({ reason: 'MONTHLY_LIMIT' });
  });

  it('gives the later of the two limits when both bind', () => {
    // An edit a day for ten days, the last an hour ago: the next edit waits for the monthly limit.
    const edits = Array.from({ length: 10 }, (_, index) => ago(hour + index * day));
    const allowance = editAllowance(approved(edits), now);
    expect(allowance).toEqual({
      allowed: false,
      reason: 'MONTHLY_LIMIT',
      allowedFrom: new Date(now.getTime() - hour - 9 * day + 30 * day).toISOString(),
    });
    // Ten edits, the oldest 29½ days ago and the last an hour ago: the daily limit ends later.
    const spread = [
      ago(29.5 * day),
      ...Array.from({ length: 8 }, (_, index) => ago((3 + index * 3) * day)),
      ago(hour),
    ];
    expect(editAllowance(approved(spread), now)).toEqual({
      allowed: false,
      reason: 'DAILY_LIMIT',
      allowedFrom: '2025-06-16T11:00:00.000Z',
    });
    // Twelve hours on the oldest has left the window; the daily limit still ends then.
    expect(editAllowance(approved(spread), new Date(now.getTime() + 12 * hour))).toEqual({
      allowed: false,
      reason: 'DAILY_LIMIT',
      allowedFrom: '2025-06-16T11:00:00.000Z',
    });
    expect(editAllowance(approved(spread), new Date('2025-06-16T11:00:00.000Z'))).toEqual({ allowed: true });
  });

  it('refuses what Parley cannot edit, whatever its status', () => {
    for (const status of ['APPROVED', 'REJECTED', 'PENDING'])
      expect(editAllowance({ status, approvedEdits: [], editable: false }, now)).toEqual({
        allowed: false,
        reason: 'NOT_EDITABLE_IN_PARLEY',
        allowedFrom: null,
      });
  });

  it('answers in the shape of the API’s editAllowanceSchema', () => {
    for (const allowance of [
      editAllowance(approved([]), now),
      editAllowance(approved([ago(hour)]), now),
      editAllowance({ status: 'PENDING', approvedEdits: [], editable: true }, now),
    ])
      expect(editAllowanceSchema.parse(allowance)).toEqual(allowance);
  });
});
