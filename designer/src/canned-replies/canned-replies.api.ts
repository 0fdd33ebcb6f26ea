import { cannedReplySchema, listSchema, type CannedReplyInput } from '@parley/contracts';
import { queryOptions } from '@tanstack/react-query';
import { api, segment } from '../api/http';

/** The organisation's canned replies: everyone with the inbox reads them; `templates:manage` writes them. */

const cannedReplyList = listSchema(cannedReplySchema);

export const cannedRepliesQuery = queryOptions({
  queryKey: ['canned-replies'] as const,
  queryFn: async ({ signal }) => (await api('GET', '/api/canned-replies', cannedReplyList, { signal })).items,
});

export const createCannedReply = (body: CannedReplyInput) =>
  api('POST', '/api/canned-replies', cannedReplySchema, { body });

export const updateCannedReply = (id: string, body: CannedReplyInput) =>
  api('PUT', `/api/canned-replies/${segment(id)}`, cannedReplySchema, { body });

export const deleteCannedReply = (id: string) =>
  api('DELETE', `/api/canned-replies/${segment(id)}`, cannedReplySchema);
