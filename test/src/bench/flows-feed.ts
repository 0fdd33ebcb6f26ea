import { SandboxClient } from '../support/clients.js';
import { sleep } from './open-loop.js';

/** A message the business sent to a customer, as the sandbox accepted it. */
export interface Received {
  id: string;
  type: string;
  text: string | null;
  /** The send's idempotency key (the engine's: flows send with `flow:…`, the greeting with `auto-reply:…`). */
  key: string | null;
  /** Epoch ms the sandbox accepted it (its clock: the machine's unless a test moved it). */
  at: number;
}

interface Waiter {
  test: (messages: readonly Received[]) => Received | undefined;
  resolve: (message: Received | undefined) => void;
  timer: NodeJS.Timeout;
}

/**
 * Everything the business sends to the customers it follows, from one poll of the sandbox's
 * outbound record (`GET /sandbox/outbound?since=`) every `intervalMs` for all of them, instead of
 * one poll per phone. Customers wait for a message with `next`, which resolves as soon as a poll
 * brings one (or with undefined at the timeout).
 */
export class OutboundFeed {
  private readonly sandbox: SandboxClient;
  private readonly byCustomer = new Map<string, Received[]>();
  private readonly seen = new Set<string>();
  private readonly waiters = new Map<string, Set<Waiter>>();
  private cursor: number;
  private running: Promise<void> | undefined;
  private stopped = false;
  /** Customers followed; messages to anyone else are skipped. */
  private readonly followed = new Set<string>();
  polls = 0;
  pollErrors = 0;

  constructor(
    sandboxUrl: string,
    since: number,
    private intervalMs = 100,
    /** Each poll asks again for this much before the latest message seen (sends accepted out of order). */
    private readonly overlapMs = 2_000,
  ) {
    this.sandbox = new SandboxClient(sandboxUrl);
    this.cursor = since;
  }

  follow(waId: string): void {
    this.followed.add(waId);
  }

  /** Polls less often (for a long, quiet phase). */
  setInterval(ms: number): void {
    this.intervalMs = ms;
  }

  /** The customer's messages so far, in the order the sandbox accepted them. */
  messages(waId: string): readonly Received[] {
    return this.byCustomer.get(waId) ?? [];
  }

  /** Customers of `waIds` with at least one message, and those whose first message is not a flow's. */
  answered(waIds: Iterable<string>): { answered: number; notByFlow: number } {
    let answered = 0;
    let notByFlow = 0;
    for (const waId of waIds) {
      const first = this.byCustomer.get(waId)?.[0];
      if (!first) continue;
      answered += 1;
      if (!first.key?.startsWith('flow:')) notByFlow += 1;
    }
    return { answered, notByFlow };
  }

  /** The first of the customer's messages `test` picks, now or from a later poll; undefined after `timeoutMs`. */
  next(
    waId: string,
    test: (messages: readonly Received[]) => Received | undefined,
    timeoutMs: number,
  ): Promise<Received | undefined> {
    const found = test(this.messages(waId));
    if (found) return Promise.resolve(found);
    return new Promise((resolve) => {
      const waiters = this.waiters.get(waId) ?? new Set<Waiter>();
      this.waiters.set(waId, waiters);
      const waiter: Waiter = {
        test,
        resolve,
        timer: setTimeout(() => {
          waiters.delete(waiter);
          resolve(undefined);
        }, timeoutMs),
      };
      waiters.add(waiter);
    });
  }

  start(): void {
    this.running ??= (async () => {
      while (!this.stopped) {
        const began = Date.now();
        await this.poll().catch((error: unknown) => {
          this.pollErrors += 1;
          process.stderr.write(
            `polling the sandbox failed: ${error instanceof Error ? error.message : String(error)}\n`,
          );
        });
        await sleep(Math.max(0, this.intervalMs - (Date.now() - began)));
      }
    })();
  }

  async stop(): Promise<void> {
    this.stopped = true;
    await this.running;
  }

  /** One more look at everything since `since` (late duplicates), after the run. */
  async sweep(since: number): Promise<void> {
    this.cursor = since;
    await this.poll();
  }

  private async poll(): Promise<void> {
    const items = await this.sandbox.outbound(new Date(this.cursor), AbortSignal.timeout(15_000));
    this.polls += 1;
    let latest = this.cursor;
    const touched = new Set<string>();
    for (const item of items) {
      const at = Date.parse(item.acceptedAt);
      if (Number.isFinite(at)) latest = Math.max(latest, at);
      if (this.seen.has(item.id) || !this.followed.has(item.to)) continue;
      this.seen.add(item.id);
      const list = this.byCustomer.get(item.to) ?? [];
      list.push({
        id: item.id,
        type: item.type,
        text: item.text ?? null,
        key: item.idempotencyKey ?? null,
        at,
      });
      list.sort((a, b) => a.at - b.at);
      this.byCustomer.set(item.to, list);
      touched.add(item.to);
    }
    this.cursor = Math.max(this.cursor, latest - this.overlapMs);
    for (const waId of touched) {
      const waiters = this.waiters.get(waId);
      if (!waiters) continue;
      const list = this.messages(waId);
      for (const waiter of [...waiters]) {
        const found = waiter.test(list);
        if (!found) continue;
        clearTimeout(waiter.timer);
        waiters.delete(waiter);
        waiter.resolve(found);
      }
    }
  }
}
