import { signWebhookBody } from '../signature.js';
import type { Lifecycle } from './lifecycle.js';

export interface RetryPolicy {
  maxAttempts: number;
  /** Delay before the 2nd attempt; doubles after each failure up to maxDelayMs. */
  baseDelayMs: number;
  maxDelayMs: number;
}

/** 10 tries over about a minute (0.25 + 0.5 + 1 + 2 + 4 + 8 + 15 + 15 + 15 s of waiting). */
export const defaultRetryPolicy: RetryPolicy = { maxAttempts: 10, baseDelayMs: 250, maxDelayMs: 15_000 };
const attemptTimeoutMs = 10_000;

/** One POST of a webhook; `status` is 0 when the target could not be reached. */
export interface AttemptResult {
  ok: boolean;
  status: number;
}

export interface Delivery {
  /** The first attempt's outcome. */
  first: Promise<AttemptResult>;
  /** The final outcome, after retries (or when the sandbox closed). */
  done: Promise<AttemptResult & { attempts: number }>;
}

export interface WebhookSenderOptions {
  url: string;
  appSecret: string;
  lifecycle: Lifecycle;
  retry?: RetryPolicy;
  fetch?: typeof fetch;
  /** Told about deliveries that failed for good. */
  onGiveUp?: (result: AttemptResult & { attempts: number }) => void;
  /** Sees every payload before it is posted (contract checks in tests). */
  inspect?: (payload: unknown) => void;
}

/** Posts webhooks signed like Meta's and retries with exponential backoff until 2xx, the limit, or close. */
export class WebhookSender {
  private readonly retry: RetryPolicy;
  private readonly fetch: typeof fetch;

  constructor(private readonly options: WebhookSenderOptions) {
    this.retry = options.retry ?? defaultRetryPolicy;
    this.fetch = options.fetch ?? globalThis.fetch;
  }

  /** Posts to `url`, by default the configured one (a WABA may override its callback URL). */
  deliver(payload: unknown, url: string = this.options.url): Delivery {
    this.options.inspect?.(payload);
    const body = JSON.stringify(payload);
    const signature = signWebhookBody(this.options.appSecret, body);
    let reportFirst: (result: AttemptResult) => void = () => undefined;
    const first = new Promise<AttemptResult>((resolve) => (reportFirst = resolve));
    const done = (async () => {
      for (let attempt = 1; ; attempt += 1) {
        const result = await this.attempt(url, body, signature);
        if (attempt === 1) reportFirst(result);
        const final = result.ok || attempt >= this.retry.maxAttempts || this.options.lifecycle.closed;
        if (final || !(await this.options.lifecycle.sleep(this.backoff(attempt)))) {
          if (!result.ok && !this.options.lifecycle.closed)
            this.options.onGiveUp?.({ ...result, attempts: attempt });
          return { ...result, attempts: attempt };
        }
      }
    })();
    this.options.lifecycle.track(done);
    return { first, done };
  }

  private backoff(failedAttempts: number): number {
    return Math.min(this.retry.maxDelayMs, this.retry.baseDelayMs * 2 ** (failedAttempts - 1));
  }

  private async attempt(url: string, body: string, signature: string): Promise<AttemptResult> {
    try {
      const response = await this.fetch(url, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', 'X-Hub-Signature-256': signature },
        body,
        signal: AbortSignal.any([this.options.lifecycle.signal, AbortSignal.timeout(attemptTimeoutMs)]),
      });
      await response.body?.cancel();
      return { ok: response.ok, status: response.status };
    } catch {
      return { ok: false, status: 0 };
    }
  }
}
