import type { ChannelAccount, Conversation, InboxEvent, Message } from '@parley/contracts';
import { appendPage, mergeHeadPage, upsert, type Window } from './collection';
import { mergeConversation } from './merge-conversation';
import {
  conversationSpec,
  emptyThread,
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

function applyEvent(state: InboxState, event: InboxEvent): InboxState {
  if (event.type === 'channel_account.updated') return applyAccount(state, event.channelAccount);
  if (event.type === 'conversation.upserted') {
    const c = event.conversation;
    const next = withList(state, upsert(conversationSpec, listWindow(state.list), c));
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
      return {
        ...state,
        list: { ...list, status: list.status === 'ready' ? 'ready' : 'loading', loadingMore: false },
      };
    case 'list/loaded':
      return withList(state, mergeHeadPage(conversationSpec, listWindow(list), action.page), {
        status: 'ready',
        error: null,
      });
    case 'list/failed':
      return {
        ...state,
        list: { ...list, status: list.status === 'ready' ? 'ready' : 'error', error: action.error },
      };
    case 'list/more-requested':
      return { ...state, list: { ...list, loadingMore: true, moreError: null } };
    case 'list/more-loaded':
      return withList(state, appendPage(conversationSpec, listWindow(list), action.page), {
        loadingMore: false,
      });
    case 'list/more-failed':
      return { ...state, list: { ...list, loadingMore: false, moreError: action.error } };
    case 'thread/opened':
      if (action.id === null) return { ...state, thread: null };
      return state.thread?.id === action.id ? state : { ...state, thread: emptyThread(action.id) };
    case 'event':
      return applyEvent(state, action.event);
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
      const next = withList(state, upsert(conversationSpec, listWindow(state.list), action.conversation));
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
