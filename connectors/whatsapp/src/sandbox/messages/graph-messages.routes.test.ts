import { ConnectorSendError } from '@parley/connector-sdk';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { graphErrorEnvelopeSchema } from '../../errors.js';
import { harnessSecrets, startHarness, type Harness } from '../../fixtures/sandbox-harness.fixture.js';
import { loadMetaSpec } from '../../spec/meta-spec.js';
import { whatsappConnector } from '../../whatsapp.connector.js';

const textBody = {
  messaging_product: 'whatsapp',
  recipient_type: 'individual',
  to: '16505551234',
  type: 'text',
  text: { body: 'Hello' },
};
const auth = { authorization: `Bearer ${harnessSecrets.accessToken}`, 'content-type': 'application/json' };

let harness: Harness;
beforeEach(async () => {
  harness = await startHarness();
  // the customer wrote a moment ago, so free-form messages may reach them (see customer-service-window.test.ts)
  harness.sandbox.context.windows.recordInbound('100000000000001', '16505551234', Date.now(), false);
});
afterEach(async () => harness.close());

async function post(body: unknown, headers: Record<string, string> = auth, url = harness.graphUrl) {
  const response = await fetch(url, { method: 'POST', headers, body: JSON.stringify(body) });
  return { status: response.status, json: (await response.json()) as unknown };
}

function graphError(json: unknown) {
  return graphErrorEnvelopeSchema.parse(json).error;
}

describe('POST /:version/:phoneNumberId/messages', () => {
  it('requires the bearer token, answering like Meta (OAuthException 190)', async () => {
    const missing = await post(textBody, { 'content-type': 'application/json' });
    const wrong = await post(textBody, { ...auth, authorization: 'Bearer nope' });
    for (const answer of [missing, wrong]) {
      expect(answer.status).toBe(401);
      expect(graphError(answer.json)).toMatchObject({
        type: 'OAuthException',
        code: 190,
        fbtrace_id: expect.any(String),
      });
    }
    expect(harness.sandbox.store.outboundSince(undefined)).toEqual([]);
  });

  it('answers an unknown phone number id with a Graph error', async () => {
    const answer = await post(textBody, auth, harness.graphUrl.replace('100000000000001', '999'));
    expect(answer.status).toBe(400);
    expect(graphError(answer.json)).toMatchObject({
      code: 100,
      error_subcode: 33,
      type: 'GraphMethodException',
    });
  });

  it("rejects a body that breaks Meta's spec, naming the field", async () => {
    const answer = await post({ ...textBody, text: { body: 42 } });
    expect(answer.status).toBe(400);
    const error = graphError(answer.json);
    expect(error).toMatchObject({ code: 100, message: '(#100) Invalid parameter' });
    expect(error.error_data?.details).toContain('text.body');
    const unknownType = graphError((await post({ ...textBody, type: 'hologram' })).json);
    expect(unknownType.error_data?.details).toContain('type');
    const notJson = await fetch(harness.graphUrl, { method: 'POST', headers: auth, body: '{oops' });
    expect(notJson.status).toBe(400);
    expect(graphError(await notJson.json()).code).toBe(100);
  });

  it('accepts a valid message with the response Meta gives', async () => {
    const answer = await post(textBody);
    expect(answer.status).toBe(200);
    expect(answer.json).toEqual({
      messaging_product: 'whatsapp',
      contacts: [{ input: '16505551234', wa_id: '16505551234' }],
      messages: [{ id: expect.stringMatching(/^wamid\.[A-Za-z0-9+/=]{20,}$/) }],
    });
    expect(loadMetaSpec().component('MessageResponsePayload')(answer.json)).toEqual([]);
    const fbtraceIds = new Set<string>();
    for (let i = 0; i < 3; i += 1) fbtraceIds.add(graphError((await post({})).json).fbtrace_id ?? '');
    expect(fbtraceIds.size).toBe(3);
  });

  it('returns the same wamid for a repeated Idempotency-Key and delivers only once', async () => {
    const headers = { ...auth, 'idempotency-key': 'send-1' };
    const first = (await post(textBody, headers)).json as { messages: { id: string }[] };
    const second = (await post(textBody, headers)).json as { messages: { id: string }[] };
    const other = (await post(textBody, { ...auth, 'idempotency-key': 'send-2' })).json as {
      messages: { id: string }[];
    };
    expect(second.messages[0]?.id).toBe(first.messages[0]?.id);
    expect(other.messages[0]?.id).not.toBe(first.messages[0]?.id);
    const outbound = harness.sandbox.store.outboundSince(undefined);
    expect(outbound.map((message) => message.idempotencyKey)).toEqual(['send-1', 'send-2']);
    await harness.sandbox.idle();
    const statuses = harness.receiver.received.flatMap((webhook) =>
      harness.client.parseWebhook(webhook.json),
    );
    expect(
      statuses.filter(
        (event) => event.kind === 'status' && event.platformMessageId === first.messages[0]?.id,
      ),
    ).toHaveLength(3);
  });

  it('posts signed sent → delivered → read statuses that the connector parses', async () => {
    const { platformMessageId } = await harness.client.send({
      channelAccountId: '100000000000001',
      to: '16505551234',
      message: { type: 'text', text: 'Your order shipped' },
      idempotencyKey: 'order-7',
    });
    await expect.poll(() => harness.receiver.received.length, { timeout: 5_000 }).toBe(3);
    const validateStatusValue = loadMetaSpec().component('StatusMessageValue');
    const events = harness.receiver.received.flatMap((webhook) => {
      expect(harness.client.verifySignature(webhook.rawBody, webhook.headers)).toBe(true);
      const value = (webhook.json as { entry: { changes: { value: unknown }[] }[] }).entry[0]?.changes[0]
        ?.value;
      expect(validateStatusValue(value)).toEqual([]);
      return harness.client.parseWebhook(webhook.json);
    });
    expect(
      events.map(
        (event) => event.kind === 'status' && [event.platformMessageId, event.status, event.recipientId],
      ),
    ).toEqual([
      [platformMessageId, 'sent', '16505551234'],
      [platformMessageId, 'delivered', '16505551234'],
      [platformMessageId, 'read', '16505551234'],
    ]);
  });

  it('makes the connector throw classified errors', async () => {
    const misconfigured = whatsappConnector.create({
      ...harnessSecrets,
      accessToken: 'expired',
      apiBaseUrl: harness.sandbox.url,
      graphVersion: 'v23.0',
    });
    const request = {
      channelAccountId: '100000000000001',
      to: '1',
      message: { type: 'text' as const, text: 'x' },
      idempotencyKey: 'k',
    };
    const error = await misconfigured.send(request).catch((reason: unknown) => reason);
    expect(error).toBeInstanceOf(ConnectorSendError);
    expect(error).toMatchObject({ platformCode: '190', retryable: false, httpStatus: 401 });
  });
});
