import type { ConversationEvent, PersonRef } from '@parley/contracts';
import type { Translate } from '../../i18n/translate';

/** What became of an assignment that missed its first-response target. */
export type SlaOutcome = 'reassigned' | 'escalated' | 'queued' | 'unknown';

/**
 * Read from the event itself: another agent got it (reassigned), it moved to another team's queue
 * (escalated), or it went back to its own team's queue.
 */
export function slaOutcome(event: Pick<ConversationEvent, 'toUser' | 'fromTeam' | 'toTeam'>): SlaOutcome {
  if (event.toUser) return 'reassigned';
  if (!event.toTeam) return 'unknown';
  return event.fromTeam && event.fromTeam.id !== event.toTeam.id ? 'escalated' : 'queued';
}

/**
 * The sentence the thread shows for a change of ownership, in the reader's language: "Assigned to
 * Sato by routing", "Transferred to Billing by Tanaka", "No first response from Sato in time —
 * reassigned to Ito". A null actor is routing itself; a person whose account is gone is named as a
 * former member. A transfer's note is not part of it: the thread shows it after the sentence.
 */
export function eventSentence(event: ConversationEvent, t: Translate): string {
  const person = (ref: PersonRef | null) => ref?.name ?? t('threadWork.event.formerMember');
  const actor = event.actor?.name;
  const agent = person(event.toUser);
  const team = event.toTeam?.name;
  switch (event.kind) {
    case 'assigned':
      if (!actor) return t('threadWork.event.assignedByRouting', { agent });
      if (event.actor && event.toUser && event.actor.id === event.toUser.id)
        return t('threadWork.event.tookIt', { agent });
      return t('threadWork.event.assignedBy', { agent, actor });
    case 'queued':
      if (!team)
        return actor ? t('threadWork.event.queuedNoTeamBy', { actor }) : t('threadWork.event.queuedNoTeam');
      return actor ? t('threadWork.event.queuedBy', { team, actor }) : t('threadWork.event.queued', { team });
    case 'transferred':
      if (event.toUser)
        return actor
          ? t('threadWork.event.transferredToAgentBy', { agent, actor })
          : t('threadWork.event.transferredToAgent', { agent });
      return actor
        ? t('threadWork.event.transferredToTeamBy', { team: team ?? t('threadWork.event.aTeam'), actor })
        : t('threadWork.event.transferredToTeam', { team: team ?? t('threadWork.event.aTeam') });
    case 'closed':
      return actor ? t('threadWork.event.closedBy', { actor }) : t('threadWork.event.closed');
    case 'reopened':
      return actor ? t('threadWork.event.reopenedBy', { actor }) : t('threadWork.event.reopened');
    case 'snoozed':
      return actor ? t('threadWork.event.snoozedBy', { actor }) : t('threadWork.event.snoozed');
    case 'returned_to_queue': {
      const from = person(event.fromUser);
      if (actor)
        return team
          ? t('threadWork.event.returnedToQueueBy', { team, actor })
          : t('threadWork.event.returnedToQueueNoTeamBy', { actor });
      return team
        ? t('threadWork.event.returnedToQueue', { agent: from, team })
        : t('threadWork.event.returnedToQueueNoTeam', { agent: from });
    }
    case 'sla_breached':
      return slaSentence(event, person(event.fromUser), agent, team ?? '', t);
    case 'returned_to_automation':
      return actor
        ? t('threadWork.event.returnedToAutomationBy', { actor })
        : t('threadWork.event.returnedToAutomation');
  }
}

function slaSentence(event: ConversationEvent, from: string, agent: string, team: string, t: Translate) {
  switch (slaOutcome(event)) {
    case 'reassigned':
      return t('threadWork.event.slaReassigned', { from, agent });
    case 'escalated':
      return t('threadWork.event.slaEscalated', { from, team });
    case 'queued':
      return t('threadWork.event.slaQueued', { from, team });
    case 'unknown':
      return t('threadWork.event.slaBreached', { from });
  }
}
