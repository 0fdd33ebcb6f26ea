import {
  conversationSchema,
  messageSchema,
  pageSchema,
  type Conversation,
  type Message,
  type Page,
} from '@parley/contracts';
import type { QueryClient } from '@tanstack/react-query';
import { api, segment, withQuery } from '../api/http';

/** The engine's inbox routes. Read through the query client, so every read is TanStack Query's. */

export const CONVERSATION_PAGE_SIZE = 50;
export const MESSAGE_PAGE_SIZE = 100;
export const EVENTS_URL = '/api/events';

const conversationPage = pageSchema(conversationSchema);
const messagePage = pageSchema(messageSchema);

/** The inbox keeps its own live model of what it read; the cache only dedupes the requests. */
const live = { staleTime: 0, gcTime: 60_000 } as const;

export function listConversations(
  queryClient: QueryClient,
  cursor: string | null,
): Promise<Page<Conversation>> {
  return queryClient.query({
    ...live,
    queryKey: ['inbox', 'conversations', { cursor }],
    queryFn: ({ signal }) =>
      api(
        'GET',
        withQuery('/api/conversations', { limit: CONVERSATION_PAGE_SIZE, cursor }),
        conversationPage,
        {
          signal,
        },
      ),
  });
}

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
