import {
  conversationCountsSchema,
  conversationRoutingSchema,
  conversationSchema,
  messageSchema,
  pageSchema,
  type Conversation,
  type ConversationRouting,
  type Message,
  type Page,
} from '@parley/contracts';
import { queryOptions, type QueryClient } from '@tanstack/react-query';
import { api, segment, withQuery } from '../api/http';
import { listQueryParams, type ListFilters } from './list/inbox-search';

/** The engine's inbox routes. Read through the query client, so every read is TanStack Query's. */

export const CONVERSATION_PAGE_SIZE = 50;
export const MESSAGE_PAGE_SIZE = 100;
export const EVENTS_URL = '/api/events';

const conversationPage = pageSchema(conversationSchema);
const messagePage = pageSchema(messageSchema);

/** The inbox keeps its own live model of what it read; the cache only dedupes the requests. */
const live = { staleTime: 0, gcTime: 60_000 } as const;

/** One page of a view, filtered (`GET /api/conversations`). */
export function fetchConversationPage(
  filters: ListFilters,
  cursor: string | null,
  limit: number,
  signal?: AbortSignal,
): Promise<Page<Conversation>> {
  const path = withQuery('/api/conversations', listQueryParams(filters, cursor, limit));
  return api('GET', path, conversationPage, { signal });
}

export function listConversations(
  queryClient: QueryClient,
  filters: ListFilters,
  cursor: string | null,
): Promise<Page<Conversation>> {
  return queryClient.query({
    ...live,
    queryKey: ['inbox', 'conversations', filters, { cursor }],
    queryFn: ({ signal }) => fetchConversationPage(filters, cursor, CONVERSATION_PAGE_SIZE, signal),
  });
}

/** How many open conversations each view holds for the signed-in person (the tabs' counts). */
export const conversationCountsQuery = queryOptions({
  queryKey: ['inbox', 'counts'] as const,
  queryFn: ({ signal }) => api('GET', '/api/conversations/counts', conversationCountsSchema, { signal }),
  staleTime: 0,
});

/** Closes a conversation (`messages:send`; agents their own and unassigned ones, admins any). */
export const closeConversation = (id: string): Promise<ConversationRouting> =>
  api('POST', `/api/conversations/${segment(id)}/close`, conversationRoutingSchema);

export function getConversation(queryClient: QueryClient, id: string): Promise<Conversation> {
  return queryClient.query({
    ...live,
    queryKey: ['inbox', 'conversation', id],
    queryFn: ({ signal }) => api('GET', `/api/conversations/${segment(id)}`, conversationSchema, { signal }),
  });
}

/** The start of the query keys of one conversation's message pages. */
const messagesKey = (conversationId: string) => ['inbox', 'messages', conversationId] as const;

export function listMessages(
  queryClient: QueryClient,
  id: string,
  before: string | null,
): Promise<Page<Message>> {
  return queryClient.query({
    ...live,
    queryKey: [...messagesKey(id), { before }],
    queryFn: ({ signal }) =>
      api(
        'GET',
        withQuery(`/api/conversations/${segment(id)}/messages`, { limit: MESSAGE_PAGE_SIZE, before }),
        messagePage,
        { signal },
      ),
  });
}
