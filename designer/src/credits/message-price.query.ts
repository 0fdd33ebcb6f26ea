import { messagePriceSchema, type Conversation } from '@parley/contracts';
import { queryOptions } from '@tanstack/react-query';
import { api, segment, withQuery } from '../api/http';
import { messagePricesKey } from './credits.keys';

/**
 * What sending a template (or, without one, a free-form message) in this conversation costs now.
 * The window is part of the key: the customer writing again can make it free.
 */
export const messagePriceQuery = (conversation: Conversation, templateId: string | null) =>
  queryOptions({
    queryKey: [...messagePricesKey, conversation.id, templateId, conversation.window] as const,
    queryFn: ({ signal }) =>
      api(
        'GET',
        withQuery(`/api/conversations/${segment(conversation.id)}/price`, { templateId }),
        messagePriceSchema,
        { signal },
      ),
    staleTime: 0,
  });
