import {
  defaultRetryPolicy,
  postWebhook,
  retryDelay,
  type AttemptResult,
  type Lifecycle,
  type RetryPolicy,
} from '@parley/connector-sdk/stand-in';
import { signWebhookBody } from '../signature.js';

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
        const result = await postWebhook({
          url,
          body,
          headers: { 'X-Hub-Signature-256': signature },
          signal: this.options.lifecycle.signal,
          fetch: this.fetch,
        });
        if (attempt === 1) reportFirst(result);
        const final = result.ok || attempt >= this.retry.maxAttempts || this.options.lifecycle.closed;
        if (final || !(await this.options.lifecycle.sleep(retryDelay(this.retry, attempt)))) {
          if (!result.ok && !this.options.lifecycle.closed)
            this.options.onGiveUp?.({ ...result, attempts: attempt });
          return { ...result, attempts: attempt };
        }
      }
    })();
    this.options.lifecycle.track(done);
    return { first, done };
  }
}
