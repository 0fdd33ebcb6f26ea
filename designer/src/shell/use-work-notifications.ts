import type { Conversation, Session } from '@parley/contracts';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useNavigate, useParams } from '@tanstack/react-router';
import { useCallback, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { fetchConversationPage } from '../inbox/inbox.api';
import { createCoalescer } from '../inbox/list/coalesce';
import { resolveFilters } from '../inbox/list/inbox-search';
import { useLiveSignals } from '../live/live-events';
import { teamsQuery } from '../routing/teams.api';
import { createAssignmentWatch, type Observed } from './assignment-watch';
import { availabilityQuery } from './availability.api';
import { createChime } from './chime';
import { desktopPermission, showDesktopNotification } from './desktop-notifications';
import { useNotificationPrefs } from './notification-prefs';
import {
  assignmentNotice,
  breachConcerns,
  breachNotice,
  deliveryOf,
  manyAssignedNotice,
  worthTelling,
  type Notice,
} from './work-notices';

/** More new assignments than this at once (after a reconnection) make one notice. */
const MANY = 3;
/** Notices kept on the page at a time, newest first. */
const SHOWN = 3;
const SEED_PAGE = 200;

/** Every conversation of `status` assigned to the signed-in person, page after page. */
async function assignedToMe(status: 'open' | 'snoozed', signal: AbortSignal): Promise<Conversation[]> {
  const filters = resolveFilters({ view: 'mine', status }, 'mine');
  const items: Conversation[] = [];
  let cursor: string | null = null;
  do {
    const page = await fetchConversationPage(filters, cursor, SEED_PAGE, signal);
    items.push(...page.items);
    cursor = page.nextCursor;
  } while (cursor !== null);
  return items;
}

export interface WorkNotifications {
  /** The notices shown on the page, newest first. */
  notices: Notice[];
  dismiss: (id: string) => void;
  /** Opens a notice's conversation (or the person's own list). */
  open: (notice: Notice) => void;
}

/**
 * New assignments and missed first responses, as they come live: a chime (unless muted), and a
 * desktop notification when the person is not looking at the page and allowed them, else a notice
 * on the page. What is already theirs is learnt from the server at every (re)connection, so only
 * what changes is announced; what was assigned while the stream was down is announced on return.
 */
export function useWorkNotifications(session: Session): WorkNotifications {
  const { t, i18n } = useTranslation();
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const me = session.user.id;
  const works = session.permissions.includes('inbox:read');
  const routes = session.permissions.includes('routing:manage');
  const teams = useQuery({ ...teamsQuery, enabled: works });
  const prefs = useNotificationPrefs();
  const [watch] = useState(() => createAssignmentWatch(me, t('inbox.contact.unknown')));
  const [chime] = useState(() => createChime());
  const [loadRefetch] = useState(() =>
    createCoalescer(1_000, () => {
      void queryClient.invalidateQueries({ queryKey: availabilityQuery.queryKey });
    }),
  );
  const [notices, setNotices] = useState<Notice[]>([]);
  const openId = useParams({ strict: false }).conversationId ?? null;
  const latest = useRef({ prefs, teams: teams.data, t, lang: i18n.language, openId });
  useEffect(() => {
    latest.current = { prefs, teams: teams.data, t, lang: i18n.language, openId };
  });
  useEffect(() => () => loadRefetch.cancel(), [loadRefetch]);

  // Browsers keep audio locked until the person does something on the page.
  useEffect(() => {
    const unlock = () => chime.unlock();
    document.addEventListener('pointerdown', unlock);
    document.addEventListener('keydown', unlock);
    return () => {
      document.removeEventListener('pointerdown', unlock);
      document.removeEventListener('keydown', unlock);
    };
  }, [chime]);

  const open = useCallback(
    (notice: Notice) => {
      setNotices((shown) => shown.filter((n) => n.id !== notice.id));
      if (notice.conversationId)
        void navigate({ to: '/inbox/$conversationId', params: { conversationId: notice.conversationId } });
      else void navigate({ to: '/inbox', search: { view: 'mine' } });
    },
    [navigate],
  );

  const present = useCallback(
    (all: Notice[]) => {
      const { prefs, lang, openId } = latest.current;
      const visible = document.visibilityState === 'visible';
      const batch = all.filter((notice) => worthTelling(notice, { visible, openId }));
      if (batch.length === 0) return;
      if (prefs.sound) chime.play();
      const where = deliveryOf({
        visible,
        focused: document.hasFocus(),
        desktopAllowed: prefs.desktop && desktopPermission() === 'granted',
      });
      const onPage = batch.filter(
        (notice) => where === 'page' || !showDesktopNotification(notice, lang, () => open(notice)),
      );
      if (onPage.length === 0) return;
      setNotices((shown) =>
        [...onPage, ...shown.filter((n) => !onPage.some((p) => p.id === n.id))].slice(0, SHOWN),
      );
    },
    [chime, open],
  );

  const deliver = useCallback(
    (observed: Observed) => {
      if (observed.loadChanged) loadRefetch.trigger();
      const { t } = latest.current;
      const { assigned } = observed;
      present(
        assigned.length > MANY
          ? [manyAssignedNotice(assigned.length, t)]
          : assigned.map((c) => assignmentNotice(c, t)),
      );
    },
    [loadRefetch, present],
  );

  const seeding = useRef<AbortController | null>(null);
  const seed = useCallback(() => {
    seeding.current?.abort();
    const controller = new AbortController();
    seeding.current = controller;
    Promise.all([assignedToMe('open', controller.signal), assignedToMe('snoozed', controller.signal)]).then(
      ([open, snoozed]) => controller.signal.aborted || deliver(watch.seed([...open, ...snoozed])),
      () => controller.signal.aborted || deliver(watch.seed(null)),
    );
  }, [deliver, watch]);
  useEffect(() => () => seeding.current?.abort(), []);

  useLiveSignals((signal) => {
    if (!works) return;
    if (signal.kind === 'open') {
      seed();
      return;
    }
    const { event } = signal;
    if (event.type === 'conversation.upserted') deliver(watch.observe(event.conversation));
    else if (event.type === 'conversation.sla_breached') {
      const { breach } = event;
      const { teams, t } = latest.current;
      const myTeamIds =
        teams?.filter((team) => team.members.some((m) => m.userId === me)).map((team) => team.id) ?? null;
      if (!breachConcerns(breach, { routesConversations: routes, myTeamIds })) return;
      const team = teams?.find((x) => x.id === breach.teamId)?.name ?? null;
      present([breachNotice(breach, { contact: watch.label(breach.conversationId), team }, t)]);
    }
  });

  const dismiss = useCallback((id: string) => setNotices((shown) => shown.filter((n) => n.id !== id)), []);
  return { notices, dismiss, open };
}
