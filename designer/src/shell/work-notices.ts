import type { Conversation, SlaBreach } from '@parley/contracts';
import type { Translate } from '../i18n/translate';
import { contactLabel } from '../inbox/contact';

/** What this client knows of a conversation, for telling a new assignment from an old one. */
export interface KnownConversation {
  assigneeId: string | null;
  /** Open and assigned: it counts against its agent's capacity. */
  open: boolean;
  /** The contact's name as shown ("Customer" when nothing is known); null: not known. */
  label: string | null;
}

export function knownOf(c: Conversation, fallbackName: string): KnownConversation {
  return {
    assigneeId: c.assignee?.id ?? null,
    open: (c.status ?? 'open') === 'open',
    label: contactLabel(c, fallbackName),
  };
}

/**
 * Whether a conversation as it is now was just assigned to `me`: it is theirs and open, and it was
 * not theirs as far as this client knew before (a conversation it never saw counts as not theirs).
 */
export function isNewAssignment(c: Conversation, before: KnownConversation | undefined, me: string): boolean {
  if (c.assignee?.id !== me || (c.status ?? 'open') !== 'open') return false;
  return before?.assigneeId !== me;
}

/** Whether `me`'s open load (`openCount` of `/api/me/availability`) changed with this conversation. */
export function loadChanged(
  before: KnownConversation | undefined,
  after: KnownConversation,
  me: string,
): boolean {
  const counted = (k: KnownConversation | undefined) => k !== undefined && k.assigneeId === me && k.open;
  return counted(before) !== counted(after);
}

/** Who hears of a missed first response: admins (who route) and the members of the team it is in now. */
export function breachConcerns(
  breach: SlaBreach,
  who: { routesConversations: boolean; myTeamIds: readonly string[] | null },
): boolean {
  return who.routesConversations || (who.myTeamIds?.includes(breach.teamId) ?? false);
}

/**
 * Where a notice goes: onto the page while someone is looking at it; otherwise to the desktop when
 * they allowed that, and else onto the page, for when they come back.
 */
export function deliveryOf(state: {
  visible: boolean;
  focused: boolean;
  desktopAllowed: boolean;
}): 'page' | 'desktop' {
  if (state.visible && state.focused) return 'page';
  return state.desktopAllowed ? 'desktop' : 'page';
}

export interface Notice {
  /** Stable per event, so a repeated event replaces rather than adds (also the desktop `tag`). */
  id: string;
  kind: 'assigned' | 'breach';
  conversationId: string | null;
  title: string;
  body: string;
}

/**
 * Whether a notice is news: the assignment of the conversation on screen is not — most often the
 * person just took it themselves, and either way they are looking at it.
 */
export function worthTelling(notice: Notice, screen: { visible: boolean; openId: string | null }): boolean {
  return !(screen.visible && notice.kind === 'assigned' && notice.conversationId === screen.openId);
}

const PREVIEW_LENGTH = 120;

/** "New conversation assigned to you", "佐藤 花子: 予約を変更したいです". */
export function assignmentNotice(c: Conversation, t: Translate): Notice {
  const name = contactLabel(c, t('inbox.contact.unknown'));
  const preview = c.lastMessagePreview?.trim();
  return {
    id: `assigned:${c.id}`,
    kind: 'assigned',
    conversationId: c.id,
    title: t('inboxWork.notifications.newAssignment'),
    body: preview
      ? t('inboxWork.notifications.newAssignmentSaid', {
          name,
          preview: preview.length > PREVIEW_LENGTH ? `${preview.slice(0, PREVIEW_LENGTH - 1)}…` : preview,
        })
      : t('inboxWork.notifications.newAssignmentFrom', { name }),
  };
}

/** Several assigned while the stream was down: one notice for them all. */
export function manyAssignedNotice(count: number, t: Translate): Notice {
  return {
    id: 'assigned:many',
    kind: 'assigned',
    conversationId: null,
    title: t('inboxWork.notifications.newAssignment'),
    body: t('inboxWork.notifications.manyAssigned', { count }),
  };
}

/** "No first response in time" — "佐藤 花子 — escalated to Billing". */
export function breachNotice(
  breach: SlaBreach,
  names: { contact: string | null; team: string | null },
  t: Translate,
): Notice {
  const name = names.contact ?? t('inboxWork.notifications.aConversation');
  const team = names.team ?? t('inboxWork.notifications.aTeam');
  return {
    id: `breach:${breach.conversationId}:${breach.at}`,
    kind: 'breach',
    conversationId: breach.conversationId,
    title: t('inboxWork.notifications.breachTitle'),
    body: t(`inboxWork.notifications.breach.${breach.outcome}`, { name, team }),
  };
}
