import { useCallback, useEffect, useLayoutEffect, useReducer, useRef } from 'react';
import type { Message } from '@parley/contracts';
import { useQueryClient } from '@tanstack/react-query';
import { ApiError, toApiError } from '../api/api-error';
import { useLiveSignals } from '../live/live-events';
import { getConversation, listConversations, listMessages } from './inbox.api';
import { inboxReducer } from './inbox-reducer';
import { initialInboxState, type InboxState, type LoadError } from './inbox-state';

export interface InboxModel {
  state: InboxState;
  reloadList: () => void;
  loadMoreConversations: () => void;
  reloadThread: () => void;
  loadEarlierMessages: () => void;
  /** A message sent from here: shown at once (the live stream repeats it, merged by id). */
  messageSent: (message: Message) => void;
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
 * Loads the conversation list and the open thread (through the query client) and keeps them live
 * with the app's event stream; every (re)connection refetches both to catch up on what was missed.
 */
export function useInbox(selectedId: string | null): InboxModel {
  const queryClient = useQueryClient();
  const [state, dispatch] = useReducer(inboxReducer, initialInboxState);
  const latest = useRef(state);
  useLayoutEffect(() => {
    latest.current = state;
  });
  const listSlot = useRequestSlot();
  const moreSlot = useRequestSlot();
  const threadSlot = useRequestSlot();
  const olderSlot = useRequestSlot();

  const reloadList = useCallback(() => {
    const signal = listSlot();
    moreSlot(); // a page of the old window must not be appended to a refreshed one
    dispatch({ type: 'list/requested' });
    listConversations(queryClient, null).then(
      (page) => signal.aborted || dispatch({ type: 'list/loaded', page }),
      (e: unknown) => signal.aborted || dispatch({ type: 'list/failed', error: loadError(e) }),
    );
  }, [queryClient, listSlot, moreSlot]);

  const loadMoreConversations = useCallback(() => {
    const { nextCursor, loadingMore } = latest.current.list;
    if (nextCursor === null || loadingMore) return;
    const signal = moreSlot();
    dispatch({ type: 'list/more-requested' });
    listConversations(queryClient, nextCursor).then(
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
          signal.aborted || dispatch({ type: 'thread/loaded', id, conversation, page }),
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

  useEffect(reloadList, [reloadList]);

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
    if (live.kind === 'event') dispatch({ type: 'event', event: live.event });
    else {
      reloadList();
      reloadThread();
    }
  });

  const messageSent = useCallback(
    (message: Message) => dispatch({ type: 'event', event: { type: 'message.upserted', message } }),
    [],
  );

  return { state, reloadList, loadMoreConversations, reloadThread, loadEarlierMessages, messageSent };
}
