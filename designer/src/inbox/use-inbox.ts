import { useCallback, useEffect, useLayoutEffect, useReducer, useRef } from 'react';
import { ApiError, toApiError } from '../api/api-error';
import { getConversation, listConversations, listMessages, EVENTS_URL } from '../api/client';
import { useEventStream, type StreamStatus } from '../api/use-event-stream';
import { inboxReducer } from './inbox-reducer';
import { initialInboxState, type InboxState, type LoadError } from './inbox-state';

export interface InboxModel {
  state: InboxState;
  stream: StreamStatus;
  reloadList: () => void;
  loadMoreConversations: () => void;
  reloadThread: () => void;
  loadEarlierMessages: () => void;
}

const loadError = (e: unknown): LoadError => {
  const { code, message } = toApiError(e);
  return { code, message };
};

/** A slot for one kind of request: starting a new one cancels the previous one. */
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
 * Loads the conversation list and the open thread from the API and keeps them live with the event
 * stream; every (re)connection of the stream refetches both to catch up on what was missed.
 */
export function useInbox(selectedId: string | null): InboxModel {
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
    listConversations(null, signal).then(
      (page) => signal.aborted || dispatch({ type: 'list/loaded', page }),
      (e: unknown) => signal.aborted || dispatch({ type: 'list/failed', error: loadError(e) }),
    );
  }, [listSlot, moreSlot]);

  const loadMoreConversations = useCallback(() => {
    const { nextCursor, loadingMore } = latest.current.list;
    if (nextCursor === null || loadingMore) return;
    const signal = moreSlot();
    dispatch({ type: 'list/more-requested' });
    listConversations(nextCursor, signal).then(
      (page) => signal.aborted || dispatch({ type: 'list/more-loaded', page }),
      (e: unknown) => signal.aborted || dispatch({ type: 'list/more-failed', error: loadError(e) }),
    );
  }, [moreSlot]);

  const loadThread = useCallback(
    (id: string) => {
      const signal = threadSlot();
      olderSlot();
      dispatch({ type: 'thread/requested', id });
      Promise.all([getConversation(id, signal), listMessages(id, null, signal)]).then(
        ([conversation, page]) =>
          signal.aborted || dispatch({ type: 'thread/loaded', id, conversation, page }),
        (e: unknown) => {
          if (signal.aborted) return;
          const notFound = e instanceof ApiError && e.status === 404;
          dispatch({ type: 'thread/failed', id, error: loadError(e), notFound });
        },
      );
    },
    [threadSlot, olderSlot],
  );

  const loadEarlierMessages = useCallback(() => {
    const thread = latest.current.thread;
    if (!thread || thread.olderCursor === null || thread.loadingOlder) return;
    const { id, olderCursor } = thread;
    const signal = olderSlot();
    dispatch({ type: 'thread/older-requested', id });
    listMessages(id, olderCursor, signal).then(
      (page) => signal.aborted || dispatch({ type: 'thread/older-loaded', id, page }),
      (e: unknown) => signal.aborted || dispatch({ type: 'thread/older-failed', id, error: loadError(e) }),
    );
  }, [olderSlot]);

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

  const stream = useEventStream(EVENTS_URL, {
    onEvent: (event) => dispatch({ type: 'event', event }),
    onOpen: () => {
      reloadList();
      reloadThread();
    },
  });

  return { state, stream, reloadList, loadMoreConversations, reloadThread, loadEarlierMessages };
}
