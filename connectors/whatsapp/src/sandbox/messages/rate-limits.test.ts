import { afterEach, describe, expect, it } from 'vitest';
import { startGraphHarness, type GraphHarness } from '../fixtures/graph-harness.fixture.js';

let harness: GraphHarness | undefined;
afterEach(async () => harness?.close());

const hello = (to: string) => ({
  to,
  type: 'template',
  template: { name: 'hello_world', language: { code: 'en_US' } },
});

describe('throughput limit (130429)', () => {
  it('refuses sends above the configured rate per phone number in a sliding second', async () => {
    harness = await startGraphHarness({ throughputPerSecond: 5 });
    await harness.send({}); // warm up: the first answer compiles the response contract
    const started = Date.now();
    const answers = await Promise.all(
      Array.from({ length: 7 }, (_, i) => harness!.send(hello(`1650555${1000 + i}`))),
    );
    expect(Date.now() - started).toBeLessThan(900); // all within one window
    expect(answers.filter((answer) => answer.status === 200)).toHaveLength(5);
    const refused = answers.filter((answer) => answer.status === 400);
    expect(refused).toHaveLength(2);
    expect(refused[0]?.json.error).toMatchObject({
      message: '(#130429) Rate limit hit',
      type: 'OAuthException',
      code: 130429,
      error_data: {
        messaging_product: 'whatsapp',
        details: 'Cloud API message throughput has been reached.',
      },
      fbtrace_id: expect.any(String),
    });
    expect(harness.sandbox.store.outboundSince(undefined)).toHaveLength(5);
    await new Promise((resolve) => setTimeout(resolve, 1_050));
    expect((await harness.send(hello('16505559999'))).status).toBe(200);
  });

  it('does not count refused sends or repeated idempotency keys', async () => {
    harness = await startGraphHarness({ throughputPerSecond: 2 });
    const headers = { 'idempotency-key': 'same' };
    for (let i = 0; i < 3; i += 1)
      expect((await harness.send(hello('16505550001'), headers)).status).toBe(200);
    expect(
      (
        await harness.send({
          to: '1',
          type: 'template',
          template: { name: 'nope', language: { code: 'en' } },
        })
      ).status,
    ).toBe(400);
    expect((await harness.send(hello('16505550002'))).status).toBe(200);
    expect((await harness.send(hello('16505550003'))).json.error.code).toBe(130429);
  });
});

describe('pair rate limit (131056)', () => {
  it('refuses more than a burst to the same customer within the window, not to others', async () => {
    harness = await startGraphHarness({ pairRate: { burst: 3, windowMs: 400 } });
    const codes = [];
    for (let i = 0; i < 4; i += 1)
      codes.push((await harness.send(hello('16505551234'))).json.error?.code ?? 200);
    expect(codes).toEqual([200, 200, 200, 131056]);
    const refused = await harness.send(hello('16505551234'));
    expect(refused.json.error).toMatchObject({
      message: '(#131056) (Business Account, Consumer Account) pair rate limit hit',
      code: 131056,
    });
    expect((await harness.send(hello('16505550000'))).status).toBe(200);
    await new Promise((resolve) => setTimeout(resolve, 450));
    expect((await harness.send(hello('16505551234'))).status).toBe(200);
  });

  it('allows Meta-like bursts by default (6 within 6 s)', async () => {
    harness = await startGraphHarness();
    const codes = [];
    for (let i = 0; i < 7; i += 1)
      codes.push((await harness.send(hello('16505551234'))).json.error?.code ?? 200);
    expect(codes).toEqual([200, 200, 200, 200, 200, 200, 131056]);
  });
});
