import { describe, expect, it } from 'vitest';
import { CapabilityError } from '../capability-check.js';
import type { ChannelClient, WebhookReceiver } from '../connector.js';
import { ConnectorSendError, WebhookPayloadError } from '../errors.js';
import { inboundEventSchema } from '../normalized-event.schema.js';
import type { OutboundMessage } from '../normalized-message.schema.js';
import { timingSafeComparisons } from '../signature.js';
import type { ConformanceSubject, PlatformResponse } from './conformance-subject.js';

interface RecordedRequest {
  url: string;
  method: string;
  headers: Record<string, string>;
  body: string | undefined;
}

/** A fetch that records what the connector sends and answers with canned platform responses. */
export function fakePlatform(answer: () => PlatformResponse) {
  const requests: RecordedRequest[] = [];
  const fetch: typeof globalThis.fetch = async (input, init) => {
    const request = new Request(input, init);
    requests.push({
      url: request.url,
      method: request.method,
      headers: Object.fromEntries(request.headers.entries()),
      body: request.body ? await request.text() : undefined,
    });
    const { status, body, headers } = answer();
    return new Response(typeof body === 'string' ? body : JSON.stringify(body), {
      status,
      headers: { 'content-type': 'application/json', ...headers },
    });
  };
  return { fetch, requests };
}

/** The tests every connector passes; see docs/connectors.md for what each proves. */
export function runConformanceKit<Config>(subject: ConformanceSubject<Config>) {
  const { connector } = subject;
  const id = connector.manifest.id;
  const client = (answer: () => PlatformResponse = () => subject.sendSuccess.response) => {
    const platform = fakePlatform(answer);
    return {
      ...platform,
      client: connector.create(subject.validConfig, { fetch: platform.fetch, timeoutMs: 2_000 }),
    };
  };

  describe(`${id}: conformance`, () => {
    describe('configuration', () => {
      it('accepts the valid configuration and marks its secrets', () => {
        expect(connector.configSchema.safeParse(subject.validConfig).success).toBe(true);
        expect(connector.secretKeys.length).toBeGreaterThan(0);
        for (const key of connector.secretKeys) expect(subject.validConfig).toHaveProperty(key);
      });
      it("names each account's own credentials, all of them secrets", () => {
        expect(connector.credentialKeys.length).toBeGreaterThan(0);
        for (const key of connector.credentialKeys) expect(connector.secretKeys).toContain(key);
      });
      it.each(subject.invalidConfigs)('rejects $name', ({ config }) => {
        expect(connector.configSchema.safeParse(config).success).toBe(false);
      });
    });

    if (connector.manifest.webhooks.routing === 'shared') {
      describe('shared webhooks', () => {
        it('take their settings from the configuration without any account credential', () => {
          const shared = connector.sharedWebhooks;
          expect(shared, 'a connector with shared webhook routing has sharedWebhooks').toBeDefined();
          const settings = shared?.settingsSchema.parse(subject.validConfig) as Record<string, unknown>;
          for (const key of connector.credentialKeys) expect(settings).not.toHaveProperty(key);
        });
      });
    }
    const receivers: { name: string; receiver: () => WebhookReceiver }[] = [
      { name: 'the account client', receiver: () => client().client },
    ];
    const shared = connector.sharedWebhooks;
    if (shared)
      receivers.push({
        name: 'the shared receiver',
        receiver: () => shared.create(shared.settingsSchema.parse(subject.validConfig)),
      });

    describe.each(receivers)('webhooks through $name', ({ receiver }) => {
      const body = Buffer.from(JSON.stringify(subject.fixtures[0]?.body ?? {}));
      it('accept a genuine delivery, comparing timing-safe', () => {
        const before = timingSafeComparisons();
        expect(receiver().verifySignature(body, subject.sign(body, subject.validConfig))).toBe(true);
        expect(timingSafeComparisons()).toBeGreaterThan(before);
      });
      it('parse every fixture alike', () => {
        for (const { body: fixture, expected } of subject.fixtures)
          expect(receiver().parseWebhook(structuredClone(fixture))).toEqual(expected);
      });
      it('split a delivery into parts that parse to the same events as the whole', () => {
        const r = receiver();
        for (const { body: fixture, expected } of subject.fixtures) {
          const parts = r.splitWebhook?.(structuredClone(fixture)) ?? [{ body: fixture }];
          expect(parts.flatMap((part) => r.parseWebhook(part.body))).toEqual(expected);
          for (const part of parts) {
            const events = r.parseWebhook(part.body);
            if (part.channelAccountId !== undefined)
              for (const event of events) expect(event.channelAccountId).toBe(part.channelAccountId);
          }
        }
      });
      const handshake = subject.handshake;
      if (handshake)
        it('answer the handshake alike', () => {
          const r = receiver();
          expect(r.handshake?.(handshake.valid)).toEqual({ ok: true, body: handshake.expectedBody });
          for (const { query, reason } of handshake.invalid)
            expect(r.handshake?.(query)).toMatchObject({ ok: false, reason });
        });
    });

    describe('webhook authenticity', () => {
      const body = Buffer.from(JSON.stringify(subject.fixtures[0]?.body ?? {}));
      it('accepts a genuine delivery, comparing timing-safe', () => {
        const before = timingSafeComparisons();
        expect(client().client.verifySignature(body, subject.sign(body, subject.validConfig))).toBe(true);
        expect(timingSafeComparisons()).toBeGreaterThan(before);
      });
      if (subject.authentication === 'signature') {
        it('rejects a tampered body', () => {
          const tampered = Buffer.concat([body, Buffer.from(' ')]);
          expect(client().client.verifySignature(tampered, subject.sign(body, subject.validConfig))).toBe(
            false,
          );
        });
      } else {
        it('accepts the secret whatever the body, as the platform sends it with every delivery', () => {
          const other = Buffer.from('{"another":"delivery"}');
          expect(client().client.verifySignature(other, subject.sign(body, subject.validConfig))).toBe(true);
        });
      }
      it('rejects a tampered signature and a missing one', () => {
        const headers = subject.sign(body, subject.validConfig);
        const forged = Object.fromEntries(
          Object.entries(headers).map(([name, value]) => [
            name,
            typeof value === 'string' ? flipLastChar(value) : value,
          ]),
        );
        expect(client().client.verifySignature(body, forged)).toBe(false);
        expect(client().client.verifySignature(body, {})).toBe(false);
      });
    });

    if (subject.handshake) {
      const handshake = subject.handshake;
      describe('handshake', () => {
        it('answers the platform with its challenge', () => {
          expect(client().client.handshake?.(handshake.valid)).toEqual({
            ok: true,
            body: handshake.expectedBody,
          });
        });
        it.each(handshake.invalid.map((invalid, index) => ({ index, ...invalid })))(
          'refuses invalid handshake #$index ($reason), saying why',
          ({ query, reason }) => {
            const result = client().client.handshake?.(query);
            expect(result).toMatchObject({ ok: false, reason });
            expect(result && !result.ok ? result.message : '').not.toBe('');
          },
        );
      });
    }

    describe('inbound parsing', () => {
      it.each(subject.fixtures)('parses $name', ({ body, expected }) => {
        const events = client().client.parseWebhook(body);
        expect(events).toEqual(expected);
        for (const event of events) expect(inboundEventSchema.safeParse(event).success).toBe(true);
      });
      it('yields the same event ids for the same delivery twice', () => {
        for (const { body } of subject.fixtures) {
          const ids = (value: unknown) =>
            client()
              .client.parseWebhook(value)
              .map((event) => event.eventId);
          expect(ids(structuredClone(body))).toEqual(ids(structuredClone(body)));
        }
      });
      it.each(subject.notWebhooks.map((body, index) => ({ index, body })))(
        'rejects non-webhook body #$index',
        ({ body }) => {
          expect(() => client().client.parseWebhook(body)).toThrow(WebhookPayloadError);
        },
      );
    });

    describe('outbound messages', () => {
      const send = (c: ReturnType<typeof client>, message: OutboundMessage, key = 'conformance-1') =>
        c.client.send({ ...subject.recipient, message, idempotencyKey: key });
      it.each(subject.messages)('$name', async ({ message, expect: outcome }) => {
        const c = client();
        if (outcome === 'request') {
          await expect(send(c, message)).resolves.toMatchObject({
            platformMessageId: subject.sendSuccess.platformMessageId,
          });
          expect(c.requests).toHaveLength(1);
        } else {
          const error = await send(c, message).catch((caught: unknown) => caught);
          expect(error).toBeInstanceOf(CapabilityError);
          expect((error as CapabilityError).issues.map((issue) => issue.limit)).toContain(outcome.limit);
          expect(c.requests).toHaveLength(0);
        }
      });
    });

    describe('recipients', () => {
      const { capabilities } = connector.manifest;
      const byUserIdOnly = {
        channelAccountId: subject.recipient.channelAccountId,
        toUserId: subject.recipient.toUserId ?? 'XX.1234567890',
        message: { type: 'text', text: 'hello' } as const,
        idempotencyKey: 'conformance-user-id',
      };
      if (capabilities.businessScopedUserIds) {
        it('sends to a recipient known only by a business-scoped user id', async () => {
          expect(subject.recipient.toUserId, 'the subject names a user id to send to').toBeDefined();
          const c = client();
          await expect(c.client.send(byUserIdOnly)).resolves.toMatchObject({
            platformMessageId: subject.sendSuccess.platformMessageId,
          });
          expect(c.requests).toHaveLength(1);
          expect(c.requests[0]?.body ?? '').toContain(byUserIdOnly.toUserId);
        });
      } else {
        it('refuses a recipient known only by a business-scoped user id, before any request', async () => {
          const c = client();
          const error = await c.client.send(byUserIdOnly).catch((caught: unknown) => caught);
          expect(error).toBeInstanceOf(CapabilityError);
          expect((error as CapabilityError).issues.map((issue) => issue.limit)).toContain(
            'businessScopedUserIds',
          );
          expect(c.requests).toHaveLength(0);
        });
      }
    });

    describe('error classification', () => {
      it.each(subject.errors)('$name', async ({ response, retryable, platformCode }) => {
        const c = client(() => response);
        const error = await c.client
          .send({
            ...subject.recipient,
            message: { type: 'text', text: 'hello' },
            idempotencyKey: 'conformance-error',
          })
          .catch((caught: unknown) => caught);
        expect(error).toBeInstanceOf(ConnectorSendError);
        expect(error).toMatchObject({ retryable, platformCode });
      });
      it('classifies an unreachable platform as retryable', async () => {
        const unreachable = connector.create(subject.validConfig, {
          fetch: async () => {
            throw new TypeError('fetch failed');
          },
          timeoutMs: 500,
        });
        const error = await unreachable
          .send({
            ...subject.recipient,
            message: { type: 'text', text: 'hello' },
            idempotencyKey: 'conformance-net',
          })
          .catch((caught: unknown) => caught);
        expect(error).toMatchObject({ retryable: true, platformCode: 'network' });
      });
    });

    // Optional members that call the platform about a received message: classified like sends.
    const indicators = (['markRead', 'showTyping'] as const).filter(
      (member) => client().client[member] !== undefined,
    );
    if (indicators.length > 0)
      describe.each(indicators)('%s', (member) => {
        const call = (target: ChannelClient) =>
          target[member]?.({
            channelAccountId: subject.recipient.channelAccountId,
            platformMessageId: subject.sendSuccess.platformMessageId,
            to: subject.recipient.to,
            ...(subject.recipient.toUserId === undefined ? {} : { toUserId: subject.recipient.toUserId }),
          });
        it.each(subject.errors)(
          'classifies $name like a send',
          async ({ response, retryable, platformCode }) => {
            const c = client(() => response);
            const error = await call(c.client)?.catch((caught: unknown) => caught);
            expect(error).toBeInstanceOf(ConnectorSendError);
            expect(error).toMatchObject({ retryable, platformCode });
            expect(c.requests).toHaveLength(1);
          },
        );
        it('classifies an unreachable platform as retryable', async () => {
          const unreachable = connector.create(subject.validConfig, {
            fetch: async () => {
              throw new TypeError('fetch failed');
            },
            timeoutMs: 500,
          });
          const error = await call(unreachable)?.catch((caught: unknown) => caught);
          expect(error).toMatchObject({ retryable: true, platformCode: 'network' });
        });
      });
  });
}

function flipLastChar(value: string): string {
  const last = value.at(-1);
  return value.slice(0, -1) + (last === '0' ? '1' : '0');
}
