import type { Conversation, InboxEvent, Message, Page } from '@parley/contracts';
import type { CollectionSpec } from './collection';
import { mergeConversation } from './merge-conversation';
import { mergeMessage } from './message-status';

export interface LoadError {
  code: string;
  message: string;
  /** HTTP status, 0 when the server could not be reached. */
  status: number;
}

export interface ListState {
  /** 'loading' and 'error' only while nothing has been loaded; a failed refresh keeps 'ready'. */
  status: 'loading' | 'ready' | 'error';
  items: Conversation[];
  nextCursor: string | null;
  error: LoadError | null;
  loadingMore: boolean;
  moreError: LoadError | null;
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
  | { type: 'list/requested' }
  | { type: 'list/loaded'; page: Page<Conversation> }
  | { type: 'list/failed'; error: LoadError }
  | { type: 'list/more-requested' }
  | { type: 'list/more-loaded'; page: Page<Conversation> }
  | { type: 'list/more-failed'; error: LoadError }
  | { type: 'thread/opened'; id: string | null }
  | { type: 'thread/requested'; id: string }
  | { type: 'thread/loaded'; id: string; conversation: Conversation; page: Page<Message> }
  | { type: 'thread/failed'; id: string; error: LoadError; notFound: boolean }
  | { type: 'thread/older-requested'; id: string }
  | { type: 'thread/older-loaded'; id: string; page: Page<Message> }
  | { type: 'thread/older-failed'; id: string; error: LoadError }
  | { type: 'event'; event: InboxEvent };

export const conversationSpec: CollectionSpec<Conversation> = {
  id: (c) => c.id,
  time: (c) => Date.parse(c.lastMessageAt),
  order: 'desc',
  merge: mergeConversation,
};

export const messageSpec: CollectionSpec<Message> = {
  id: (m) => m.id,
  time: (m) => Date.parse(m.createdAt),
  order: 'asc',
  merge: mergeMessage,
};

export const initialInboxState: InboxState = {
  list: { status: 'loading', items: [], nextCursor: null, error: null, loadingMore: false, moreError: null },
  thread: null,
  arrived: null,
};

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
