import {
  defaultRetryPolicy,
  postWebhook,
  retryDelay,
  type Lifecycle,
  type RetryPolicy,
} from '@parley/connector-sdk/stand-in';
import { SECRET_TOKEN_HEADER } from '../signature.js';

/** Where updates go. */
export interface WebhookTarget {
  url: string;
  secret: string | undefined;
}

/** An update's first delivery attempt: `status` 0 when unreachable, null when there was no webhook to try. */
export interface FirstAttempt {
  delivered: boolean;
  status: number | null;
}

export interface Delivery {
  first: Promise<FirstAttempt>;
  done: Promise<FirstAttempt & { attempts: number }>;
}

export type Update = { update_id: number } & Record<string, unknown>;

interface Entry {
  update: Update;
  attempts: number;
  reportFirst: (attempt: FirstAttempt) => void;
  finish: (outcome: FirstAttempt & { attempts: number }) => void;
}

export interface UpdateQueueOptions {
  lifecycle: Lifecycle;
  retry?: RetryPolicy;
  fetch?: typeof fetch;
  /** Told about updates dropped after the last attempt. */
  onGiveUp?: (outcome: { updateId: number; status: number; attempts: number }) => void;
}

/**
 * Posts updates to the webhook one at a time, in order, like Telegram: a failing update is retried
 * with backoff and holds back the ones after it; after the last attempt it is dropped. Without a
 * webhook, updates wait until one is set.
 */
export class UpdateQueue {
  private readonly pending: Entry[] = [];
  private readonly retry: RetryPolicy;
  private target: WebhookTarget | undefined;
  private draining: Promise<void> | undefined;
  /** The update kinds to deliver (setWebhook's allowed_updates); undefined: every kind. */
  allowedUpdates: readonly string[] | undefined;
  /** The last failed attempt, as getWebhookInfo reports it. */
  lastError: { date: Date; message: string } | undefined;

  constructor(private readonly options: UpdateQueueOptions) {
    this.retry = options.retry ?? defaultRetryPolicy;
  }

  get webhook(): WebhookTarget | undefined {
    return this.target;
  }

  get pendingCount(): number {
    return this.pending.length;
  }

  setWebhook(target: WebhookTarget | undefined): void {
    this.target = target;
    if (!target) for (const entry of this.pending) entry.reportFirst({ delivered: false, status: null });
    this.kick();
  }

  /** Forgets updates not yet delivered (setWebhook/deleteWebhook with drop_pending_updates). */
  dropPending(): void {
    for (const entry of this.pending.splice(this.draining ? 1 : 0)) this.settle(entry, null);
  }

  /** Queues an update; one of a kind not allowed is dropped at once (never delivered). */
  enqueue(update: Update): Delivery {
    const kind = Object.keys(update).find((key) => key !== 'update_id') ?? '';
    if (this.allowedUpdates && !this.allowedUpdates.includes(kind)) {
      const skipped = { delivered: false, status: null };
      return { first: Promise.resolve(skipped), done: Promise.resolve({ ...skipped, attempts: 0 }) };
    }
    let reportFirst!: (attempt: FirstAttempt) => void;
    let finish!: (outcome: FirstAttempt & { attempts: number }) => void;
    const first = new Promise<FirstAttempt>((resolve) => (reportFirst = resolve));
    const done = new Promise<FirstAttempt & { attempts: number }>((resolve) => (finish = resolve));
    const entry: Entry = { update, attempts: 0, reportFirst, finish };
    this.pending.push(entry);
    if (!this.target || this.options.lifecycle.closed) reportFirst({ delivered: false, status: null });
    this.kick();
    return { first, done };
  }

  /** Resolves once nothing deliverable is left (the queue is empty or has no webhook). */
  async idle(): Promise<void> {
    while (this.draining) await this.draining;
  }

  /** Settles every waiting update as undelivered (the stand-in is closing). */
  close(): void {
    for (const entry of this.pending.splice(0)) this.settle(entry, null);
  }

  private kick(): void {
    if (this.draining || !this.target || this.pending.length === 0 || this.options.lifecycle.closed) return;
    this.draining = this.drain().finally(() => {
      this.draining = undefined;
      this.kick();
    });
  }

  private async drain(): Promise<void> {
    for (;;) {
      const entry = this.pending[0];
      const target = this.target;
      if (!entry || !target || this.options.lifecycle.closed) return;
      const status = await this.attempt(entry.update, target);
      entry.attempts += 1;
      const delivered = status >= 200 && status < 300;
      if (entry.attempts === 1) entry.reportFirst({ delivered, status });
      if (!delivered)
        this.lastError = {
          date: new Date(),
          message: status === 0 ? 'Connection refused' : `Wrong response from the webhook: ${status}`,
        };
      if (delivered || entry.attempts >= this.retry.maxAttempts) {
        if (this.pending[0] === entry) this.pending.shift();
        if (!delivered)
          this.options.onGiveUp?.({ updateId: entry.update.update_id, status, attempts: entry.attempts });
        this.settle(entry, status);
        continue;
      }
      if (!(await this.options.lifecycle.sleep(retryDelay(this.retry, entry.attempts)))) return;
    }
  }

  private settle(entry: Entry, status: number | null): void {
    const delivered = status !== null && status >= 200 && status < 300;
    entry.reportFirst({ delivered, status });
    entry.finish({ delivered, status, attempts: entry.attempts });
  }

  private async attempt(update: Update, target: WebhookTarget): Promise<number> {
    const { status } = await postWebhook({
      url: target.url,
      body: JSON.stringify(update),
      headers: target.secret === undefined ? {} : { [SECRET_TOKEN_HEADER]: target.secret },
      signal: this.options.lifecycle.signal,
      fetch: this.options.fetch,
    });
    return status;
  }
}
