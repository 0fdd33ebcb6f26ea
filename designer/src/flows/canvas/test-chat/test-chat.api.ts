import { flowRunSchema, flowTestChannelsSchema, testChatSchema, type TestChatTap } from '@parley/contracts';
import { queryOptions } from '@tanstack/react-query';
import { api, withQuery } from '../../../api/http';
import { flowPath, flowsKey } from '../../flows.api';

/** The designer's test chat: the admin's sandbox customer on one channel account, answered by the draft. */

const chatPath = (flowId: string) => `${flowPath(flowId)}/test-chat`;

/** The test customer's phone and the latest test run there, read every second while the chat is open. */
export const testChatQuery = (flowId: string, channelAccountId: string) =>
  queryOptions({
    queryKey: [...flowsKey, 'test-chat', flowId, channelAccountId] as const,
    queryFn: ({ signal }) =>
      api('GET', withQuery(chatPath(flowId), { channelAccountId }), testChatSchema, { signal }),
    refetchInterval: 1_000,
    staleTime: 0,
  });

/** The test customer writes `text`; the saved draft starts on it unless a test run of it is going there. */
export const writeTestChat = (flowId: string, channelAccountId: string, text: string) =>
  api('POST', `${chatPath(flowId)}/messages`, testChatSchema, { body: { channelAccountId, text } });

/** The test customer taps a reply button or a list row of a message they received. */
export const tapTestChat = (flowId: string, tap: TestChatTap) =>
  api('POST', `${chatPath(flowId)}/taps`, testChatSchema, { body: tap });

/** A new test run of the saved draft from the test customer's latest message. */
export const restartTestChat = (flowId: string, channelAccountId: string) =>
  api('POST', `${chatPath(flowId)}/restart`, flowRunSchema, { body: { channelAccountId } });

/** The channels this installation points at the sandbox: the test chat's accounts are WhatsApp's among them. */
export const testChannelsQuery = queryOptions({
  queryKey: [...flowsKey, 'test-channels'] as const,
  queryFn: ({ signal }) => api('GET', '/api/flows/test-channels', flowTestChannelsSchema, { signal }),
});
