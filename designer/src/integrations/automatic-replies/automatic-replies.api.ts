import { automaticRepliesResponseSchema, type UpdateAutomaticReplies } from '@parley/contracts';
import { queryOptions } from '@tanstack/react-query';
import { api, segment } from '../../api/http';

/** The engine's automatic replies of one channel account. */

const path = (accountId: string) => `/api/channel-accounts/${segment(accountId)}/automatic-replies`;

export const automaticRepliesQuery = (accountId: string) =>
  queryOptions({
    queryKey: ['automatic-replies', accountId] as const,
    queryFn: ({ signal }) => api('GET', path(accountId), automaticRepliesResponseSchema, { signal }),
  });

export const updateAutomaticReplies = (accountId: string, body: UpdateAutomaticReplies) =>
  api('PUT', path(accountId), automaticRepliesResponseSchema, { body });
