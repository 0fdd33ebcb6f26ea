import { randomInt } from 'node:crypto';
import { healthSchema } from '@parley/contracts';
import { beforeAll, describe, expect, it } from 'vitest';
import type { EngineClient } from '../support/clients.js';
import { SandboxClient } from '../support/clients.js';
import { expectEventually } from '../support/expect-eventually.js';
import type { Stack } from '../support/stack.js';
import { useStack } from '../support/use-stack.js';

// `npm start` keeps the Temporal dev server running: when it dies, it is started again while the
// engine keeps acknowledging webhooks, and the messages that came meanwhile are answered.

const running = useStack({ supervisedTemporal: true, statusDelaysMs: '20,40,60' });
let stack: Stack;
let engine: EngineClient;

beforeAll(() => {
  ({ stack, admin: engine } = running);
});

const health = async () => healthSchema.parse(await (await fetch(`${stack.engine.url}/health`)).json());

describe('a Temporal dev server that dies', () => {
  it('is started again, and what arrived meanwhile is answered', async () => {
    const first = stack.temporal.pid;
    expect(first).toBeDefined();
    process.kill(first!, 'SIGKILL');
    await expectEventually(async () => expect((await health()).temporal.ok).toBe(false), {
      timeout: 30_000,
      description: 'the engine sees Temporal gone',
    });
    const waId = `8170${randomInt(1e7, 9e7)}`;
    const sent = await new SandboxClient(stack.sandbox.url).sendAsCustomer(
      waId,
      'While Temporal restarts',
      `Restart ${waId}`,
    );
    expect(sent.webhookStatus).toBe(200);

    await expectEventually(async () => expect((await health()).status).toBe('ok'), {
      timeout: 120_000,
      interval: 500,
      description: 'Temporal back',
    });
    expect(stack.temporal.pid).not.toBe(first);
    await expectEventually(
      async () => {
        const conversation = await engine.conversationByContactName(`Restart ${waId}`);
        expect((await engine.messages(conversation!.id)).map((m) => m.direction)).toEqual([
          'inbound',
          'outbound',
        ]);
      },
      { timeout: 120_000, interval: 500, description: 'the message answered after the restart' },
    );
  }, 300_000);
});
