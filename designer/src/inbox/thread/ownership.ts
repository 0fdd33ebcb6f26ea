import type { Conversation, ConversationStatus, PersonRef } from '@parley/contracts';
import type { Translate } from '../../i18n/translate';

type TeamRef = { id: string; name: string };

/** Who has the conversation now, as the thread's ownership bar says it. */
export type Ownership =
  | { kind: 'assigned'; assignee: PersonRef; team: TeamRef | null }
  /** Open in a team's queue, waiting for an agent since `queuedAt`. */
  | { kind: 'queued'; team: TeamRef; queuedAt: string | null }
  /** In a team but neither queued nor with an agent (snoozed or closed). */
  | { kind: 'team'; team: TeamRef }
  /** No team and no agent: automation answers the customer. */
  | { kind: 'automation' };

/**
 * What the inbox's conversation says about its ownership; null for an engine without routing (the
 * fields are optional in the contract).
 */
export function ownershipOf(
  conversation: Pick<Conversation, 'status' | 'team' | 'assignee' | 'queuedAt'>,
): { status: ConversationStatus; ownership: Ownership } | null {
  const { status, team, assignee, queuedAt } = conversation;
  if (status === undefined) return null;
  let ownership: Ownership;
  if (assignee) ownership = { kind: 'assigned', assignee, team: team ?? null };
  else if (team && status === 'open') ownership = { kind: 'queued', team, queuedAt: queuedAt ?? null };
  else if (team) ownership = { kind: 'team', team };
  else ownership = { kind: 'automation' };
  return { status, ownership };
}

const MINUTE = 60_000;

/** How long something has waited: "under a minute", "12 min", "2 h 5 min", "3 days". */
export function formatWait(ms: number, t: Translate): string {
  const minutes = Math.floor(Math.max(0, ms) / MINUTE);
  if (minutes < 1) return t('threadWork.wait.underAMinute');
  if (minutes < 60) return t('threadWork.wait.minutes', { count: minutes });
  const hours = Math.floor(minutes / 60);
  if (hours < 24) return t('threadWork.wait.hours', { hours, minutes: minutes % 60 });
  return t('threadWork.wait.days', { count: Math.floor(hours / 24) });
}

/** The manual operations the bar offers, given the conversation's state and the caller. */
export interface OwnershipActions {
  assignToMe: boolean;
  assign: boolean;
  transfer: boolean;
  snooze: boolean;
  close: boolean;
  reopen: boolean;
  returnToAutomation: boolean;
}

export interface Caller {
  userId: string;
  /** `messages:send`: every operation needs it. */
  maySend: boolean;
  /** `routing:manage`: moving another agent's conversations. */
  mayManage: boolean;
}

const none: OwnershipActions = {
  assignToMe: false,
  assign: false,
  transfer: false,
  snooze: false,
  close: false,
  reopen: false,
  returnToAutomation: false,
};

/**
 * Whether the caller may move the conversation at all: agents move their own and unassigned ones,
 * admins (`routing:manage`) anyone's. The engine answers 403 otherwise.
 */
export function mayMove(ownership: Ownership, caller: Caller): boolean {
  if (!caller.maySend) return false;
  return ownership.kind !== 'assigned' || ownership.assignee.id === caller.userId || caller.mayManage;
}

/**
 * Open conversations are assigned, transferred, snoozed, closed or given back to automation (when
 * a team or an agent has them); snoozed ones reopened or closed, closed ones reopened.
 */
export function ownershipActions(
  status: ConversationStatus,
  ownership: Ownership,
  caller: Caller,
): OwnershipActions {
  if (!mayMove(ownership, caller)) return none;
  const mine = ownership.kind === 'assigned' && ownership.assignee.id === caller.userId;
  const owned = ownership.kind !== 'automation';
  if (status !== 'open') return { ...none, reopen: true, close: status === 'snoozed' };
  return {
    assignToMe: !mine,
    assign: true,
    transfer: true,
    snooze: true,
    close: true,
    reopen: false,
    returnToAutomation: owned,
  };
}
