import { useCallback, useEffect, useLayoutEffect, useReducer, useRef, useState } from 'react';
import type { Conversation, Message } from '@parley/contracts';
import { useQueryClient } from '@tanstack/react-query';
import { ApiError, toApiError } from '../api/api-error';
import { useLiveSignals } from '../live/live-events';
import { getConversation, listConversations, listMessages } from './inbox.api';
import { inboxReducer } from './inbox-reducer';
import { initialInboxState, type InboxState, type ListView, type LoadError } from './inbox-state';
import { createCoalescer } from './list/coalesce';
import { matchesList } from './list/list-match';

/** How soon a list the client cannot judge by itself (a tag filter) is read again after a change. */
const UNJUDGED_REFRESH_MS = 1_000;

export interface InboxModel {
  state: InboxState;
  /** Reads the list's first page again (a retry, a catch-up). */
  reloadList: () => void;
  loadMoreConversations: () => void;
  reloadThread: () => void;
  loadEarlierMessages: () => void;
  /** A message sent from here: shown at once (the live stream repeats it, merged by id). */
  messageSent: (message: Message) => void;
  /** A conversation changed from here (closed): shown at once, the live stream confirms it. */
  conversationChanged: (conversation: Conversation) => void;
}

const loadError = (e: unknown): LoadError => {
  const { code, message, status } = toApiError(e);
  return { code, message, status };
};

/** A slot for one kind of request: starting a new one makes the previous one's answer stale. */
function useRequestSlot() {
  const current = useRef<AbortController | null>(null);
  return useCallback(() => {
    current.current?.abort();
    const controller = new AbortController();
    current.current = controller;
    return controller.signal;
  }, []);
}

/**
 * Loads the conversation list of `view` (none while null) and the open thread (through the query
 * client) and keeps them live with the app's event stream; every (re)connection refetches both to
 * catch up on what was missed. Another view starts the list over from its first page.
 */
export function useInbox(selectedId: string | null, view: ListView | null): InboxModel {
  const queryClient = useQueryClient();
  const [state, dispatch] = useReducer(inboxReducer, initialInboxState);
  const latest = useRef(state);
  const wanted = useRef(view);
  useLayoutEffect(() => {
    latest.current = state;
    wanted.current = view;
  });
  const listSlot = useRequestSlot();
  const moreSlot = useRequestSlot();
  const threadSlot = useRequestSlot();
  const olderSlot = useRequestSlot();

  const reloadList = useCallback(() => {
    const view = wanted.current;
    if (view === null) return;
    const signal = listSlot();
    moreSlot(); // a page of the old window must not be appended to a refreshed one
    dispatch({ type: 'list/requested', view });
    listConversations(queryClient, view.filters, null).then(
      (page) => signal.aborted || dispatch({ type: 'list/loaded', page }),
      (e: unknown) => signal.aborted || dispatch({ type: 'list/failed', error: loadError(e) }),
    );
  }, [queryClient, listSlot, moreSlot]);

  const loadMoreConversations = useCallback(() => {
    const { nextCursor, loadingMore, view } = latest.current.list;
    if (nextCursor === null || loadingMore || view === null) return;
    const signal = moreSlot();
    dispatch({ type: 'list/more-requested' });
    listConversations(queryClient, view.filters, nextCursor).then(
      (page) => signal.aborted || dispatch({ type: 'list/more-loaded', page }),
      (e: unknown) => signal.aborted || dispatch({ type: 'list/more-failed', error: loadError(e) }),
    );
  }, [queryClient, moreSlot]);

  const loadThread = useCallback(
    (id: string) => {
      const signal = threadSlot();
      olderSlot();
      dispatch({ type: 'thread/requested', id });
      Promise.all([getConversation(queryClient, id), listMessages(queryClient, id, null)]).then(
        ([conversation, page]) =>
          signal.aborted || dispatch({ type: 'thread/loaded', id, conversation, page, now: new Date() }),
        (e: unknown) => {
          if (signal.aborted) return;
          const notFound = e instanceof ApiError && e.status === 404;
          dispatch({ type: 'thread/failed', id, error: loadError(e), notFound });
        },
      );
    },
    [queryClient, threadSlot, olderSlot],
  );

  const loadEarlierMessages = useCallback(() => {
    const thread = latest.current.thread;
    if (!thread || thread.olderCursor === null || thread.loadingOlder) return;
    const { id, olderCursor } = thread;
    const signal = olderSlot();
    dispatch({ type: 'thread/older-requested', id });
    listMessages(queryClient, id, olderCursor).then(
      (page) => signal.aborted || dispatch({ type: 'thread/older-loaded', id, page }),
      (e: unknown) => signal.aborted || dispatch({ type: 'thread/older-failed', id, error: loadError(e) }),
    );
  }, [queryClient, olderSlot]);

  // The first page again whenever another list is wanted (the view, a filter).
  const viewKey = view?.key ?? null;
  useEffect(() => {
    if (viewKey !== null) reloadList();
  }, [viewKey, reloadList]);

  // A change the client cannot judge (a tag filter) to a conversation it does not list: the
  // server decides, in one read for a burst of them.
  const [unjudged] = useState(() => createCoalescer(UNJUDGED_REFRESH_MS, () => reloadList()));
  useEffect(() => () => unjudged.cancel(), [unjudged]);

  useEffect(() => {
    dispatch({ type: 'thread/opened', id: selectedId });
    if (selectedId === null) {
      threadSlot();
      olderSlot();
    } else loadThread(selectedId);
  }, [selectedId, loadThread, threadSlot, olderSlot]);

  const reloadThread = useCallback(() => {
    const id = latest.current.thread?.id;
    if (id !== undefined) loadThread(id);
  }, [loadThread]);

  useLiveSignals((live) => {
    if (live.kind === 'event') {
      const now = new Date();
      const { event } = live;
      dispatch({ type: 'event', event, now });
      if (event.type !== 'conversation.upserted') return;
      const { list } = latest.current;
      const c = event.conversation;
      if (
        list.view &&
        !list.items.some((i) => i.id === c.id) &&
        matchesList(c, list.view.filters, list.view, now) === 'unknown'
      )
        unjudged.trigger();
    } else {
      unjudged.cancel();
      reloadList();
      reloadThread();
    }
  });

  const messageSent = useCallback(
    (message: Message) => dispatch({ type: 'event', event: { type: 'message.upserted', message } }),
    [],
  );

  const conversationChanged = useCallback(
    (conversation: Conversation) =>
      dispatch({ type: 'event', event: { type: 'conversation.upserted', conversation }, now: new Date() }),
    [],
  );

  return {
    state,
    reloadList,
    loadMoreConversations,
    reloadThread,
    loadEarlierMessages,
    messageSent,
    conversationChanged,
  };
}
