import type { ChannelAccount, Conversation, InboxEvent, Message } from '@parley/contracts';
import { appendPage, mergeHeadPage, pruneToPage, remove, upsert, type Window } from './collection';
import { matchesList } from './list/list-match';
import { mergeConversation } from './merge-conversation';
import {
  emptyList,
  emptyThread,
  listSpec,
  messageSpec,
  type InboxAction,
  type InboxState,
  type ListState,
  type ThreadState,
} from './inbox-state';

/** Pure state transitions of the inbox: API results and live events merged into one view. */

const listWindow = (l: ListState): Window<Conversation> => ({ items: l.items, cursor: l.nextCursor });
const threadWindow = (t: ThreadState): Window<Message> => ({ items: t.messages, cursor: t.olderCursor });

function withList(state: InboxState, w: Window<Conversation>, patch: Partial<ListState> = {}): InboxState {
  return { ...state, list: { ...state.list, items: w.items, nextCursor: w.cursor, ...patch } };
}

function withThread(state: InboxState, w: Window<Message>, patch: Partial<ThreadState> = {}): InboxState {
  if (!state.thread) return state;
  return { ...state, thread: { ...state.thread, messages: w.items, olderCursor: w.cursor, ...patch } };
}

/** The open thread, if the action is about it; results for a thread closed meanwhile are dropped. */
const openThread = (state: InboxState, id: string): ThreadState | null =>
  state.thread?.id === id ? state.thread : null;

/** A channel account changed (turned off, renamed, disconnected): every conversation on it shows it. */
function applyAccount(state: InboxState, account: ChannelAccount): InboxState {
  const { id, channel, name, enabled, connected } = account;
  const summary = { id, channel, name, enabled, connected };
  const update = (c: Conversation): Conversation =>
    c.channelAccount.id === id ? { ...c, channelAccount: summary } : c;
  const t = state.thread;
  return {
    ...state,
    list: { ...state.list, items: state.list.items.map(update) },
    thread: t?.conversation ? { ...t, conversation: update(t.conversation) } : t,
  };
}

/**
 * A conversation as it is now, into the list when it fits the list's view and filters, out of it
 * when it no longer does (assigned away from me, closed, moved to another team); when the client
 * cannot tell (a tag filter), a listed one is updated and an unlisted one left to the next read.
 */
function placeInList(state: InboxState, c: Conversation, now: Date): InboxState {
  const { list } = state;
  const spec = listSpec(list.view);
  const window = listWindow(list);
  const verdict = list.view ? matchesList(c, list.view.filters, list.view, now) : 'in';
  const listed = list.items.some((i) => i.id === c.id);
  const next =
    verdict === 'in' || (verdict === 'unknown' && listed)
      ? upsert(spec, window, c)
      : verdict === 'out'
        ? remove(spec, window, c.id)
        : window;
  const liveIds = !list.refreshing || list.liveIds.includes(c.id) ? list.liveIds : [...list.liveIds, c.id];
  return withList(state, next, { liveIds });
}

function applyEvent(state: InboxState, event: InboxEvent, now: Date): InboxState {
  if (event.type === 'channel_account.updated') return applyAccount(state, event.channelAccount);
  if (event.type === 'conversation.upserted') {
    const c = event.conversation;
    const next = placeInList(state, c, now);
    const t = next.thread;
    if (t?.id !== c.id) return next;
    const conversation = t.conversation ? mergeConversation(t.conversation, c) : c;
    return { ...next, thread: { ...t, conversation } };
  }
  if (event.type !== 'message.upserted') return state; // templates: not the inbox's to merge
  const m = event.message;
  const t = openThread(state, m.conversationId);
  const isNew = !t?.messages.some((x) => x.id === m.id);
  const arrived = m.direction === 'inbound' && isNew ? m : state.arrived;
  if (!t) return { ...state, arrived };
  return { ...withThread(state, upsert(messageSpec, threadWindow(t), m)), arrived };
}

export function inboxReducer(state: InboxState, action: InboxAction): InboxState {
  const { list } = state;
  switch (action.type) {
    case 'list/requested': // also cancels "load more": its page would not fit the refreshed window
      if (action.view && action.view.key !== list.view?.key)
        // another list: from its first page
        return { ...state, list: { ...emptyList(action.view), refreshing: true } };
      return {
        ...state,
        list: {
          ...list,
          status: list.status === 'ready' ? 'ready' : 'loading',
          loadingMore: false,
          view: action.view ?? list.view,
          refreshing: true,
          liveIds: [],
        },
      };
    case 'list/loaded': {
      const spec = listSpec(list.view);
      const live = new Set(list.liveIds);
      const current = pruneToPage(spec, listWindow(list), action.page, (c) => live.has(c.id));
      return withList(state, mergeHeadPage(spec, current, action.page), {
        status: 'ready',
        error: null,
        refreshing: false,
        liveIds: [],
      });
    }
    case 'list/failed':
      return {
        ...state,
        list: {
          ...list,
          status: list.status === 'ready' ? 'ready' : 'error',
          error: action.error,
          refreshing: false,
          liveIds: [],
        },
      };
    case 'list/more-requested':
      return { ...state, list: { ...list, loadingMore: true, moreError: null } };
    case 'list/more-loaded':
      return withList(state, appendPage(listSpec(list.view), listWindow(list), action.page), {
        loadingMore: false,
      });
    case 'list/more-failed':
      return { ...state, list: { ...list, loadingMore: false, moreError: action.error } };
    case 'thread/opened':
      if (action.id === null) return { ...state, thread: null };
      return state.thread?.id === action.id ? state : { ...state, thread: emptyThread(action.id) };
    case 'event':
      return applyEvent(state, action.event, action.now ?? new Date());
    default:
      return threadReducer(state, action);
  }
}

function threadReducer(state: InboxState, action: InboxAction): InboxState {
  if (!('id' in action) || action.id === null) return state;
  const t = openThread(state, action.id);
  if (!t) return state;
  switch (action.type) {
    case 'thread/requested': // also cancels "load earlier"
      return {
        ...state,
        thread: { ...t, status: t.status === 'ready' ? 'ready' : 'loading', loadingOlder: false },
      };
    case 'thread/loaded': {
      const conversation = t.conversation
        ? mergeConversation(t.conversation, action.conversation)
        : action.conversation;
      const next = placeInList(state, action.conversation, action.now ?? new Date());
      return withThread(next, mergeHeadPage(messageSpec, threadWindow(t), action.page), {
        status: 'ready',
        conversation,
        error: null,
      });
    }
    case 'thread/failed': {
      const status = action.notFound ? 'not-found' : t.status === 'ready' ? 'ready' : 'error';
      return { ...state, thread: { ...t, status, error: action.error } };
    }
    case 'thread/older-requested':
      return { ...state, thread: { ...t, loadingOlder: true, olderError: null } };
    case 'thread/older-loaded':
      return withThread(state, appendPage(messageSpec, threadWindow(t), action.page), {
        loadingOlder: false,
      });
    case 'thread/older-failed':
      return { ...state, thread: { ...t, loadingOlder: false, olderError: action.error } };
    default:
      return state;
  }
}
