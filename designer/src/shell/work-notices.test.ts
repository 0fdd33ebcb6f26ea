import { describe, expect, it } from 'vitest';
import { translator } from '../i18n/translator.test-support';
import { BILLING, ME, routed, SALES, sato } from '../inbox/list/fixtures.test-support';
import {
  assignmentNotice,
  breachConcerns,
  breachNotice,
  deliveryOf,
  isNewAssignment,
  manyAssignedNotice,
  worthTelling,
} from './work-notices';

const breach = (outcome: 'reassigned' | 'escalated' | 'queued', teamId = SALES.id) => ({
  conversationId: 'c1',
  userId: ME,
  teamId,
  outcome,
  at: '2025-01-01T12:00:00.000Z',
});

describe('isNewAssignment', () => {
  it('is a conversation now mine and open that was not mine before', () => {
    const mine = routed('c1', 1, sato);
    expect(isNewAssignment(mine, undefined, ME)).toBe(true);
    expect(isNewAssignment(mine, { assigneeId: null, open: true, label: null }, ME)).toBe(true);
    expect(isNewAssignment(mine, { assigneeId: ME, open: true, label: null }, ME)).toBe(false);
    expect(isNewAssignment(routed('c1', 1, null), undefined, ME)).toBe(false);
    expect(isNewAssignment(routed('c1', 1, sato, { status: 'closed' }), undefined, ME)).toBe(false);
  });
});

describe('breachConcerns', () => {
  it('reaches admins and the members of the team the conversation is in now', () => {
    expect(breachConcerns(breach('queued'), { routesConversations: true, myTeamIds: [] })).toBe(true);
    expect(breachConcerns(breach('queued'), { routesConversations: false, myTeamIds: [SALES.id] })).toBe(
      true,
    );
    expect(
      breachConcerns(breach('escalated', BILLING.id), { routesConversations: false, myTeamIds: [SALES.id] }),
    ).toBe(false);
    expect(breachConcerns(breach('queued'), { routesConversations: false, myTeamIds: null })).toBe(false);
  });
});

describe('deliveryOf', () => {
  it('shows notices on the page while it is looked at, on the desktop otherwise when allowed', () => {
    expect(deliveryOf({ visible: true, focused: true, desktopAllowed: true })).toBe('page');
    expect(deliveryOf({ visible: true, focused: false, desktopAllowed: true })).toBe('desktop');
    expect(deliveryOf({ visible: false, focused: false, desktopAllowed: true })).toBe('desktop');
    expect(deliveryOf({ visible: false, focused: false, desktopAllowed: false })).toBe('page');
  });
});

describe('worthTelling', () => {
  it('skips the assignment of the conversation on screen (they most likely took it), nothing else', () => {
    const assigned = assignmentNotice(routed('c1', 1, sato), translator('en'));
    expect(worthTelling(assigned, { visible: true, openId: 'c1' })).toBe(false);
    expect(worthTelling(assigned, { visible: false, openId: 'c1' })).toBe(true);
    expect(worthTelling(assigned, { visible: true, openId: 'c2' })).toBe(true);
    const breached = breachNotice(breach('queued'), { contact: null, team: null }, translator('en'));
    expect(worthTelling(breached, { visible: true, openId: 'c1' })).toBe(true);
  });
});

describe('the notices’ words', () => {
  it('name the customer and what they said', () => {
    const c = routed('c1', 1, sato, { lastMessagePreview: '予約を変更したいです' });
    expect(assignmentNotice(c, translator('ja'))).toEqual({
      id: 'assigned:c1',
      kind: 'assigned',
      conversationId: 'c1',
      title: '新しい会話が割り当てられました',
      body: 'Contact c1：予約を変更したいです',
    });
    const long = routed('c1', 1, sato, { lastMessagePreview: 'x'.repeat(300) });
    expect(assignmentNotice(long, translator('en')).body).toHaveLength('Contact c1: '.length + 120);
    expect(assignmentNotice(routed('c1', 1, sato, { lastMessagePreview: null }), translator('en')).body).toBe(
      'Contact c1',
    );
  });

  it('sum up many at once', () => {
    expect(manyAssignedNotice(5, translator('en')).body).toBe(
      '5 conversations were assigned to you while you were offline',
    );
  });

  it('say what became of a conversation nobody answered in time', () => {
    const en = translator('en');
    const names = { contact: '佐藤 花子', team: 'Billing' };
    expect(breachNotice(breach('reassigned'), names, en)).toMatchObject({
      kind: 'breach',
      conversationId: 'c1',
      title: 'No first response in time',
      body: '佐藤 花子 — reassigned to another agent',
    });
    expect(breachNotice(breach('escalated'), names, en).body).toBe('佐藤 花子 — escalated to Billing');
    expect(breachNotice(breach('queued'), { contact: null, team: null }, en).body).toBe(
      'A conversation — back in the queue of another team',
    );
    expect(breachNotice(breach('queued'), names, translator('ja'))).toMatchObject({
      title: '初回応答の期限を過ぎました',
      body: '佐藤 花子 — Billing のキューに戻しました',
    });
  });
});
