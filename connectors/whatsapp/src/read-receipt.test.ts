import { ConnectorSendError, type ChannelClient } from '@parley/connector-sdk';
import { describe, expect, it } from 'vitest';
import { fakeGraph, graphError } from './fixtures/fake-graph.fixture.js';
import { loadMetaSpec } from './spec/meta-spec.js';
import { whatsappConnector } from './whatsapp.connector.js';

const config = whatsappConnector.configSchema.parse({
  apiBaseUrl: 'https://graph.example.test',
  accessToken: 'token-1',
  appSecret: 'secret-1',
  verifyToken: 'verify-1',
});
const route = 'POST /v23.0/106540352242922/messages';
const request = {
  channelAccountId: '106540352242922',
  platformMessageId: 'wamid.HBgLMTY1MDM4Nzk0MzkVAgASGBQzQUYzMjEzNDM2RTZGQ0MzMDJBRgA=',
};
const success = Response.json({ success: true });

function clientWith(answer: Response | (() => Response)) {
  const graph = fakeGraph({ [route]: answer });
  return { graph, client: whatsappConnector.create(config, { fetch: graph.fetch }) };
}

const members = {
  markRead: (client: ChannelClient) => client.markRead?.(request),
  showTyping: (client: ChannelClient) => client.showTyping?.({ ...request, to: '16505551234' }),
};

describe('read receipts and typing indicators', () => {
  it('marks a message read with the bearer token and exactly the body Meta documents', async () => {
    const { graph, client } = clientWith(success);
    await expect(client.markRead?.(request)).resolves.toBeUndefined();
    expect(graph.requests).toHaveLength(1);
    const [sent] = graph.requests;
    expect(sent?.route).toBe(route);
    expect(sent?.headers.get('authorization')).toBe('Bearer token-1');
    expect(sent?.headers.get('content-type')).toBe('application/json');
    expect(sent?.json).toEqual({
      messaging_product: 'whatsapp',
      status: 'read',
      message_id: request.platformMessageId,
    });
    expect(loadMetaSpec().component('MarkMessageRequestPayload')(sent?.json)).toEqual([]);
  });

  it('shows the typing indicator with the read receipt, as in Meta’s example', async () => {
    const { graph, client } = clientWith(success);
    await expect(client.showTyping?.({ ...request, to: '16505551234' })).resolves.toBeUndefined();
    expect(graph.requests.map((sent) => sent.json)).toEqual([
      {
        messaging_product: 'whatsapp',
        status: 'read',
        message_id: request.platformMessageId,
        typing_indicator: { type: 'text' },
      },
    ]);
    expect(loadMetaSpec().component('MarkMessageRequestPayload')(graph.requests[0]?.json)).toEqual([]);
  });

  describe.each(Object.entries(members))('%s', (_name, call) => {
    it.each([
      // [http status, Meta code, retryable]
      [400, 100, false],
      [400, 131009, false],
      [400, 131026, false],
      [401, 190, false],
      [400, 130429, true],
      [400, 80007, true],
      [500, 131000, true],
    ])('classifies HTTP %i code %i as retryable %s, keeping the code', async (status, code, retryable) => {
      const { client } = clientWith(() => graphError(status, code));
      const error = await call(client)?.catch((caught: unknown) => caught);
      expect(error).toBeInstanceOf(ConnectorSendError);
      expect(error).toMatchObject({ platformCode: String(code), retryable, httpStatus: status });
    });

    it('is retryable when the network fails, and permanent on an answer it cannot read', async () => {
      const unreachable = whatsappConnector.create(config, {
        fetch: async () => {
          throw new TypeError('fetch failed');
        },
      });
      await expect(call(unreachable)).rejects.toMatchObject({ platformCode: 'network', retryable: true });
      const silent = whatsappConnector.create(config, {
        fetch: (_url, init) =>
          new Promise((_resolve, reject) =>
            init?.signal?.addEventListener('abort', () => reject(init.signal?.reason as Error)),
          ),
        timeoutMs: 50,
      });
      const timedOut = await call(silent)?.catch((caught: unknown) => caught);
      expect(timedOut).toMatchObject({ platformCode: 'network', retryable: true });
      expect((timedOut as Error).message).toContain('timed out');
      const { client } = clientWith(Response.json({ success: false }));
      await expect(call(client)).rejects.toMatchObject({
        platformCode: 'invalid_response',
        retryable: false,
      });
    });
  });
});
