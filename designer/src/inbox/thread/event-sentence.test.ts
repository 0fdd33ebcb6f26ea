import { describe, expect, it } from 'vitest';
import { translator } from '../../i18n/translator.test-support';
import { eventSentence, slaOutcome } from './event-sentence';
import { billing, event, ito, sato, support, tanaka } from './fixtures.test-support';

const en = translator('en');
const ja = translator('ja');

describe('eventSentence', () => {
  it('says who assigned the conversation: routing, a person, or the agent themselves', () => {
    expect(eventSentence(event(1, 'assigned', 1, { toUser: sato, toTeam: billing }), en)).toBe(
      'Assigned to Sato by routing',
    );
    expect(eventSentence(event(1, 'assigned', 1, { toUser: sato, actor: tanaka }), en)).toBe(
      'Assigned to Sato by Tanaka',
    );
    expect(eventSentence(event(1, 'assigned', 1, { toUser: sato, actor: sato }), en)).toBe(
      'Sato took the conversation',
    );
    expect(eventSentence(event(1, 'assigned', 1, { toUser: sato }), ja)).toBe(
      '自動振り分けで Sato に割り当てられました',
    );
    expect(eventSentence(event(1, 'assigned', 1, { toUser: sato, actor: tanaka }), ja)).toBe(
      'Tanaka が Sato に割り当てました',
    );
  });

  it('names where a transfer went and who made it', () => {
    const toTeam = event(1, 'transferred', 1, {
      actor: tanaka,
      fromUser: tanaka,
      toTeam: billing,
      note: 'invoice',
    });
    expect(eventSentence(toTeam, en)).toBe('Transferred to Billing by Tanaka');
    expect(eventSentence(toTeam, ja)).toBe('Tanaka が Billing に転送しました');
    expect(eventSentence(event(2, 'transferred', 1, { actor: tanaka, toUser: ito }), en)).toBe(
      'Transferred to Ito by Tanaka',
    );
  });

  it('tells what became of a missed first response', () => {
    const reassigned = event(1, 'sla_breached', 1, {
      fromUser: sato,
      toUser: ito,
      fromTeam: billing,
      toTeam: billing,
    });
    expect(eventSentence(reassigned, en)).toBe('No first response from Sato in time — reassigned to Ito');
    expect(eventSentence(reassigned, ja)).toBe(
      'Sato の初回応答が期限内になかったため、Ito に再割り当てされました',
    );
    const escalated = event(2, 'sla_breached', 1, { fromUser: sato, fromTeam: billing, toTeam: support });
    expect(eventSentence(escalated, en)).toBe('No first response from Sato in time — escalated to Support');
    const queued = event(3, 'sla_breached', 1, { fromUser: sato, fromTeam: billing, toTeam: billing });
    expect(eventSentence(queued, en)).toBe('No first response from Sato in time — back in Billing’s queue');
    expect(eventSentence(event(4, 'sla_breached', 1, { fromUser: sato }), en)).toBe(
      'No first response from Sato in time',
    );
  });

  it('says who closed, reopened, snoozed and handed back to automation', () => {
    expect(eventSentence(event(1, 'closed', 1, { actor: tanaka }), en)).toBe('Closed by Tanaka');
    expect(eventSentence(event(1, 'closed', 1, { actor: tanaka }), ja)).toBe('Tanaka がクローズしました');
    expect(eventSentence(event(2, 'reopened', 1), en)).toBe('Reopened');
    expect(eventSentence(event(3, 'snoozed', 1, { actor: sato }), ja)).toBe('Sato がスヌーズしました');
    expect(eventSentence(event(4, 'returned_to_automation', 1, { actor: sato }), en)).toBe(
      'Returned to automation by Sato',
    );
    expect(eventSentence(event(4, 'returned_to_automation', 1), ja)).toBe('自動応答に戻りました');
  });

  it('explains a conversation that went back to the queue when its agent went offline', () => {
    const back = event(1, 'returned_to_queue', 1, { fromUser: sato, toTeam: billing });
    expect(eventSentence(back, en)).toBe('Sato went offline before answering — back in Billing’s queue');
    expect(eventSentence(event(2, 'queued', 1, { toTeam: billing }), en)).toBe('Queued in Billing');
  });

  it('names a person whose account is gone as a former member', () => {
    expect(eventSentence(event(1, 'transferred', 1, { actor: tanaka }), en)).toBe(
      'Transferred to a team by Tanaka',
    );
    expect(eventSentence(event(2, 'sla_breached', 1, { toTeam: billing, fromTeam: billing }), ja)).toBe(
      '退会したメンバー の初回応答が期限内になかったため、Billing のキューに戻りました',
    );
  });
});

describe('slaOutcome', () => {
  it('reads the outcome from where the conversation went', () => {
    expect(slaOutcome({ toUser: ito, fromTeam: billing, toTeam: billing })).toBe('reassigned');
    expect(slaOutcome({ toUser: null, fromTeam: billing, toTeam: support })).toBe('escalated');
    expect(slaOutcome({ toUser: null, fromTeam: billing, toTeam: billing })).toBe('queued');
    expect(slaOutcome({ toUser: null, fromTeam: null, toTeam: null })).toBe('unknown');
  });
});
