import { useNavigate } from '@tanstack/react-router';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useCan } from '../shell/use-session';
import { FeedbackRegions } from '../ui/FeedbackRegions';
import { useFeedback } from '../ui/use-feedback';
import { COMPOSER_TEXT_ID } from './composer/TextBox';
import { contactLabel } from './contact';
import { ConversationList } from './ConversationList';
import { closeConversation } from './inbox.api';
import { applyRouting } from './list/apply-routing';
import { EmptyList } from './list/EmptyList';
import { clearedSearch, type InboxSearch } from './list/inbox-search';
import { neighbour, successor, type ShortcutAction } from './list/keyboard-shortcuts';
import { ListFilterBar } from './list/ListFilterBar';
import { ShortcutsDialog } from './list/ShortcutsDialog';
import type { InboxScope } from './list/use-inbox-scope';
import { useShortcuts } from './list/use-shortcuts';
import { ViewTabs } from './list/ViewTabs';
import { LiveAnnouncer } from './LiveAnnouncer';
import { ThreadView } from './ThreadView';
import type { InboxModel } from './use-inbox';

/** Matches the CSS breakpoint below which only one pane is shown. */
const SINGLE_PANE = '(max-width: 720px)';

const listItem = (id: string) =>
  document.querySelector<HTMLElement>(`[data-conversation-id="${CSS.escape(id)}"]`);

interface Props {
  inbox: InboxModel;
  selectedId: string | null;
  /** The view and filters the list shows, the tabs' counts, the teams. */
  scope: InboxScope;
  /** The signed-in person. */
  me: string;
}

/**
 * Two panes: the conversation list — its views, filters and keyboard shortcuts — and the selected
 * thread (one at a time on narrow screens).
 */
export function Inbox({ inbox, selectedId, scope, me }: Props) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const canClose = useCan('messages:send');
  const feedback = useFeedback();
  const [hint, setHint] = useState('');
  const [helpOpen, setHelpOpen] = useState(false);
  const closing = useRef<string | null>(null);
  const { state } = inbox;
  const unknown = t('inbox.contact.unknown');
  const conversation =
    state.thread?.conversation ?? state.list.items.find((c) => c.id === selectedId) ?? null;
  const arrivedIn = state.arrived && state.list.items.find((c) => c.id === state.arrived?.conversationId);

  const title = conversation ? contactLabel(conversation, unknown) : t('inbox.list.heading');
  useEffect(() => {
    document.title = `${title} · Parley`;
  }, [title]);

  // On one-pane screens the pane holding the focus disappears: move focus to the pane that appears.
  const previous = useRef(selectedId);
  const current = useRef(selectedId);
  useEffect(() => {
    current.current = selectedId;
    const from = previous.current;
    previous.current = selectedId;
    if (from === selectedId || !window.matchMedia(SINGLE_PANE).matches) return;
    const target = selectedId ? document.getElementById('thread') : from !== null ? listItem(from) : null;
    target?.focus();
  }, [selectedId]);

  const filters = scope.filters;
  const setFilters = (patch: Partial<InboxSearch>) => {
    if (!filters) return;
    void navigate({ to: '.', search: (prev) => ({ ...prev, view: filters.view, ...patch }), replace: true });
  };
  const clearFilters = () => {
    if (filters) void navigate({ to: '.', search: clearedSearch(filters.view), replace: true });
  };

  /** Opens a conversation of the list, keeping it in sight (and the focus in the list, if it was). */
  const open = (id: string | null) => {
    if (id === null) return;
    void navigate({ to: '/inbox/$conversationId', params: { conversationId: id } });
    const item = listItem(id);
    item?.scrollIntoView({ block: 'nearest' });
    if (item && document.activeElement?.closest('.list-pane')) item.focus();
  };

  const closeSelected = async () => {
    const id = selectedId;
    if (id === null || closing.current !== null) return;
    const ids = state.list.items.map((c) => c.id);
    const next = successor(ids, id);
    const closed = conversation?.id === id ? conversation : null;
    const nextName = (nextId: string | null) => {
      const c = state.list.items.find((i) => i.id === nextId);
      return c ? contactLabel(c, unknown) : null;
    };
    closing.current = id;
    try {
      if ((closed?.status ?? 'open') !== 'closed') {
        const routing = await closeConversation(id);
        if (closed) inbox.conversationChanged(applyRouting(closed, routing));
      }
      feedback.announce(''); // clears an earlier failure
      const who = closed ? contactLabel(closed, unknown) : unknown;
      if (current.current !== id) {
        setHint(t('inboxWork.shortcuts.closed', { name: who })); // another one was opened meanwhile
        return;
      }
      const name = nextName(next);
      setHint(
        name
          ? t('inboxWork.shortcuts.closedNext', { name: who, next: name })
          : t('inboxWork.shortcuts.closed', { name: who }),
      );
      if (next) open(next);
      else void navigate({ to: '/inbox' });
    } catch (e) {
      feedback.fail(e);
    } finally {
      closing.current = null;
    }
  };

  const onShortcut = (action: ShortcutAction) => {
    setHint('');
    const ids = state.list.items.map((c) => c.id);
    if (action === 'next' || action === 'previous') {
      const id = neighbour(ids, selectedId, action === 'next' ? 1 : -1);
      if (id) open(id);
      else if (ids.length > 0)
        setHint(t(action === 'next' ? 'inboxWork.shortcuts.atEnd' : 'inboxWork.shortcuts.atStart'));
    } else if (action === 'reply') {
      const box = document.getElementById(COMPOSER_TEXT_ID); // the reply composer's text box
      if (box && !box.matches(':disabled')) box.focus();
      else setHint(t('inboxWork.shortcuts.noReply'));
    } else if (action === 'close') {
      if (!canClose) setHint(t('inboxWork.shortcuts.cannotClose'));
      else if (selectedId === null) setHint(t('inboxWork.shortcuts.nothingToClose'));
      else void closeSelected();
    } else setHelpOpen(true);
  };
  useShortcuts(onShortcut);

  const inATeam = scope.myTeamIds === null ? null : scope.myTeamIds.length > 0;
  const toolbar = (
    <>
      <ViewTabs
        current={filters?.view ?? null}
        counts={scope.counts}
        countsFailed={scope.countsError !== null}
      />
      {filters && (
        <ListFilterBar
          filters={filters}
          teams={scope.teams}
          teamsFailed={scope.teamsError !== null}
          myTeamIds={scope.myTeamIds}
          onChange={setFilters}
          onClear={clearFilters}
        />
      )}
      <FeedbackRegions feedback={feedback} />
      <p role="status" className={hint ? 'list-hint' : 'visually-hidden'}>
        {hint}
      </p>
    </>
  );

  return (
    <div className="panes" data-view={selectedId ? 'thread' : 'list'}>
      <ConversationList
        list={state.list}
        me={me}
        onRetry={inbox.reloadList}
        onLoadMore={inbox.loadMoreConversations}
        waiting={state.list.view === null}
        headingAction={
          <button
            type="button"
            className="icon-button shortcuts-button"
            aria-haspopup="dialog"
            onClick={() => setHelpOpen(true)}
            title={t('inboxWork.shortcuts.button')}
          >
            <span aria-hidden="true">?</span>
            <span className="visually-hidden">{t('inboxWork.shortcuts.button')}</span>
          </button>
        }
        toolbar={toolbar}
        empty={
          filters ? (
            <EmptyList filters={filters} inATeam={inATeam} onClearFilters={clearFilters} />
          ) : undefined
        }
      />
      <ThreadView
        thread={state.thread}
        conversation={conversation}
        onRetry={inbox.reloadThread}
        onLoadEarlier={inbox.loadEarlierMessages}
        onMessageSent={inbox.messageSent}
      />
      <LiveAnnouncer message={state.arrived} from={arrivedIn ? contactLabel(arrivedIn, unknown) : unknown} />
      {helpOpen && <ShortcutsDialog canClose={canClose} onClose={() => setHelpOpen(false)} />}
    </div>
  );
}
