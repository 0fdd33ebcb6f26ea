import { conversationSchema, flowTestChannelsSchema, pageSchema } from '@parley/contracts';
import { queryOptions } from '@tanstack/react-query';
import { api, withQuery } from '../../api/http';
import { flowsKey } from '../flows.api';

const conversationPage = pageSchema(conversationSchema);

/** How many recent conversations the test tab offers to run the draft on. */
const RECENT = 50;

/**
 * The most recent conversations with the sandbox's customers (on the channels this installation
 * points at the sandbox), newest first: the ones a test run may go to.
 */
export const recentConversationsQuery = queryOptions({
  queryKey: [...flowsKey, 'test-conversations'] as const,
  queryFn: async ({ signal }) => {
    const { channels } = await api('GET', '/api/flows/test-channels', flowTestChannelsSchema, { signal });
    const pages = await Promise.all(
      channels.map((channel) =>
        api(
          'GET',
          withQuery('/api/conversations', { view: 'all', channel, limit: RECENT }),
          conversationPage,
          {
            signal,
          },
        ),
      ),
    );
    return pages
      .flatMap((page) => page.items)
      .sort((a, b) => (a.lastMessageAt < b.lastMessageAt ? 1 : -1))
      .slice(0, RECENT);
  },
});
