import { SandboxClient } from '../support/clients.js';
import { inboundTextWebhook, signWebhook } from '../support/webhooks.js';
import type { IntakeTarget } from './intake-load.js';
import { runOpenLoop, sleep, type OpenLoopResult } from './open-loop.js';
import type { SoakSend } from './soak-minutes.js';

/**
 * A customer's wa_id: the run's tag, one digit for the part of the run (pre-open, load, …) and the
 * index, so no two webhooks of a run (or of two runs on one stack) come from the same customer.
 */
export function soakCustomer(tag: string, part: number, index: number): string {
  return `447${tag}${part}${String(index).padStart(7, '0')}`;
}

export interface Sending {
  /** One entry per webhook, filled in as it is sent and acknowledged. */
  readonly sends: SoakSend[];
  /** Resolves when every webhook has been sent (and answered by the engine, or given up on). */
  readonly done: Promise<OpenLoopResult>;
}

/** What `sendTextWebhooks` sends: `count` new customers, each writing once. */
export interface TextWebhookLoad {
  rate: number;
  count: number;
  concurrency: number;
  customer: (index: number) => string;
  /** The profile name the customer writes with, and the text. */
  message: (index: number, waId: string) => { name: string; text: string };
  /** How long past the schedule's end sending may run before it gives up (default 60 s). */
  overrunMs?: number;
}

/**
 * Posts `count` signed inbound text webhooks, one per new customer, straight to the engine at
 * `rate` per second (open loop): the engine acknowledges each at once and its outbox feeds
 * Temporal as fast as it takes them.
 */
export function sendTextWebhooks(target: IntakeTarget, load: TextWebhookLoad): Sending {
  const sends: SoakSend[] = Array.from({ length: load.count }, (_, index) => ({
    waId: load.customer(index),
    sentAt: 0,
  }));
  const done = runOpenLoop(
    {
      rate: load.rate,
      count: load.count,
      concurrency: load.concurrency,
      deadlineMs: (load.count / load.rate) * 1000 + (load.overrunMs ?? 60_000),
      settleTimeoutMs: 35_000,
    },
    async (index) => {
      const send = sends[index];
      if (!send) return;
      const { body } = inboundTextWebhook({
        phoneNumberId: target.phoneNumberId,
        waId: send.waId,
        ...load.message(index, send.waId),
      });
      const signature = signWebhook(target.appSecret, body);
      send.sentAt = Date.now();
      const began = performance.now();
      try {
        const response = await fetch(`${target.engineUrl}/webhooks/whatsapp`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', 'x-hub-signature-256': signature },
          body,
          signal: AbortSignal.timeout(30_000),
        });
        await response.arrayBuffer();
        send.ackMs = performance.now() - began;
        send.status = response.status;
      } catch {
        send.status = 0;
      }
    },
  );
  return { sends, done };
}

/** `sendTextWebhooks` of soak customers saying hello, telling `watcher` whom to expect replies for. */
export function startSending(
  target: IntakeTarget,
  watcher: ReplyWatcher,
  load: { rate: number; count: number; concurrency: number; customer: (index: number) => string },
): Sending {
  const sending = sendTextWebhooks(target, {
    ...load,
    message: (index, waId) => ({ name: `Soak ${waId.slice(-8)}`, text: `Hello from soak customer ${index}` }),
  });
  for (const send of sending.sends) watcher.expect(send.waId);
  return sending;
}

/**
 * Polls the sandbox's record of sent messages once a second while the soak runs, so each interval
 * knows which customers were answered in it: the first reply's time and how many replies each
 * expected customer got.
 */
export class ReplyWatcher {
  readonly firstReplyAt = new Map<string, number>();
  readonly replyCount = new Map<string, number>();
  private readonly customers = new Set<string>();
  private readonly seen = new Set<string>();
  private readonly sandbox: SandboxClient;
  private cursor: number;
  private running: Promise<void> | undefined;
  private stopped = false;

  constructor(
    sandboxUrl: string,
    private readonly since: number,
  ) {
    this.sandbox = new SandboxClient(sandboxUrl);
    this.cursor = since;
  }

  expect(waId: string): void {
    this.customers.add(waId);
  }

  /** Expected customers in `waIds` that have no reply yet. */
  unanswered(waIds: Iterable<string>): number {
    let count = 0;
    for (const waId of waIds) if (!this.firstReplyAt.has(waId)) count += 1;
    return count;
  }

  start(): void {
    this.running ??= (async () => {
      while (!this.stopped) {
        await this.poll().catch((error: unknown) =>
          process.stderr.write(
            `polling the sandbox failed: ${error instanceof Error ? error.message : String(error)}\n`,
          ),
        );
        await sleep(1_000);
      }
    })();
  }

  /** Stops polling, then looks once more over everything since the start, so a late duplicate is seen too. */
  async stop(): Promise<void> {
    this.stopped = true;
    await this.running;
    await sleep(2_000);
    this.cursor = this.since;
    await this.poll().catch(() => {});
  }

  private async poll(): Promise<void> {
    const items = await this.sandbox.outbound(new Date(this.cursor), AbortSignal.timeout(15_000));
    let latest = this.cursor;
    for (const item of items) {
      const acceptedAt = Date.parse(item.acceptedAt);
      if (Number.isFinite(acceptedAt)) latest = Math.max(latest, acceptedAt);
      if (this.seen.has(item.id) || !this.customers.has(item.to)) continue;
      this.seen.add(item.id);
      this.replyCount.set(item.to, (this.replyCount.get(item.to) ?? 0) + 1);
      const first = this.firstReplyAt.get(item.to);
      if (Number.isFinite(acceptedAt) && (first === undefined || acceptedAt < first))
        this.firstReplyAt.set(item.to, acceptedAt);
    }
    // Ask only for what is new next time, with an overlap for messages accepted out of order.
    this.cursor = Math.max(this.since, latest - 5_000);
  }
}
