import type { Conversation, InboxEvent, Message, Page } from '@parley/contracts';
import type { CollectionSpec } from './collection';
import type { ListFilters } from './list/inbox-search';
import type { MatchContext } from './list/list-match';
import { mergeConversation } from './merge-conversation';
import { mergeMessage } from './message-status';

export interface LoadError {
  code: string;
  message: string;
  /** HTTP status, 0 when the server could not be reached. */
  status: number;
}

/** Which list is shown — a view and its filters, for whom — and the key that tells lists apart. */
export interface ListView extends MatchContext {
  key: string;
  filters: ListFilters;
}

export interface ListState {
  /** 'loading' and 'error' only while nothing has been loaded; a failed refresh keeps 'ready'. */
  status: 'loading' | 'ready' | 'error';
  items: Conversation[];
  nextCursor: string | null;
  error: LoadError | null;
  loadingMore: boolean;
  moreError: LoadError | null;
  /** The list these items are of; null before the first request (every conversation fits). */
  view: ListView | null;
  /** Whether a read of the first page is on its way. */
  refreshing: boolean;
  /** Conversations live events changed while that read was on its way: it does not drop them. */
  liveIds: readonly string[];
}

export interface ThreadState {
  id: string;
  status: 'loading' | 'ready' | 'error' | 'not-found';
  conversation: Conversation | null;
  messages: Message[];
  olderCursor: string | null;
  error: LoadError | null;
  loadingOlder: boolean;
  olderError: LoadError | null;
}

export interface InboxState {
  list: ListState;
  thread: ThreadState | null;
  /** The latest inbound message that arrived live, for the screen-reader announcement. */
  arrived: Message | null;
}

export type InboxAction =
  /** With a view other than the list's, the list starts over from its first page. */
  | { type: 'list/requested'; view?: ListView }
  | { type: 'list/loaded'; page: Page<Conversation> }
  | { type: 'list/failed'; error: LoadError }
  | { type: 'list/more-requested' }
  | { type: 'list/more-loaded'; page: Page<Conversation> }
  | { type: 'list/more-failed'; error: LoadError }
  | { type: 'thread/opened'; id: string | null }
  | { type: 'thread/requested'; id: string }
  | { type: 'thread/loaded'; id: string; conversation: Conversation; page: Page<Message>; now?: Date }
  | { type: 'thread/failed'; id: string; error: LoadError; notFound: boolean }
  | { type: 'thread/older-requested'; id: string }
  | { type: 'thread/older-loaded'; id: string; page: Page<Message> }
  | { type: 'thread/older-failed'; id: string; error: LoadError }
  /** `now`: the clock the window filter is judged by. */
  | { type: 'event'; event: InboxEvent; now?: Date };

export const conversationSpec: CollectionSpec<Conversation> = {
  id: (c) => c.id,
  time: (c) => Date.parse(c.lastMessageAt),
  order: 'desc',
  merge: mergeConversation,
};

/** The queue: longest-waiting first, as the API orders it; paging goes on to later arrivals. */
export const queueSpec: CollectionSpec<Conversation> = {
  id: (c) => c.id,
  time: (c) => Date.parse(c.queuedAt ?? c.lastMessageAt),
  order: 'asc',
  pagesAt: 'end',
  merge: mergeConversation,
};

/** The order of the list a view shows. */
export const listSpec = (view: ListView | null): CollectionSpec<Conversation> =>
  view?.filters.view === 'queue' ? queueSpec : conversationSpec;

export const messageSpec: CollectionSpec<Message> = {
  id: (m) => m.id,
  time: (m) => Date.parse(m.createdAt),
  order: 'asc',
  merge: mergeMessage,
};

export const initialInboxState: InboxState = {
  list: emptyList(null),
  thread: null,
  arrived: null,
};

export function emptyList(view: ListView | null): ListState {
  return {
    status: 'loading',
    items: [],
    nextCursor: null,
    error: null,
    loadingMore: false,
    moreError: null,
    view,
    refreshing: false,
    liveIds: [],
  };
}

export function emptyThread(id: string): ThreadState {
  return {
    id,
    status: 'loading',
    conversation: null,
    messages: [],
    olderCursor: null,
    error: null,
    loadingOlder: false,
    olderError: null,
  };
}
