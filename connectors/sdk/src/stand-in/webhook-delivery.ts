export interface RetryPolicy {
  maxAttempts: number;
  /** Delay before the 2nd attempt; doubles after each failure up to maxDelayMs. */
  baseDelayMs: number;
  maxDelayMs: number;
}

/** 10 tries over about a minute (0.25 + 0.5 + 1 + 2 + 4 + 8 + 15 + 15 + 15 s of waiting). */
export const defaultRetryPolicy: RetryPolicy = { maxAttempts: 10, baseDelayMs: 250, maxDelayMs: 15_000 };

/** How long one delivery attempt may take before it counts as unreachable. */
export const WEBHOOK_ATTEMPT_TIMEOUT_MS = 10_000;

/** The wait before the next attempt once `failedAttempts` (1 or more) attempts have failed. */
export function retryDelay(policy: RetryPolicy, failedAttempts: number): number {
  return Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** (failedAttempts - 1));
}

/** One POST of a webhook; `status` is 0 when the target could not be reached. */
export interface AttemptResult {
  ok: boolean;
  status: number;
}

export interface WebhookPost {
  url: string;
  /** The JSON body, exactly as sent (and signed). */
  body: string;
  /** Sent besides `Content-Type: application/json`: the platform's signature or secret token. */
  headers?: Record<string, string>;
  /** Ends the attempt early: the stand-in's lifecycle signal. */
  signal: AbortSignal;
  /** Default: the global fetch at the time of the call. */
  fetch?: typeof fetch;
  /** Default WEBHOOK_ATTEMPT_TIMEOUT_MS. */
  timeoutMs?: number;
}

/**
 * Makes one delivery attempt: POSTs the JSON body and discards the answer's body. Never throws: a
 * target that cannot be reached, times out or is aborted gives status 0.
 */
export async function postWebhook(post: WebhookPost): Promise<AttemptResult> {
  try {
    const response = await (post.fetch ?? globalThis.fetch)(post.url, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', ...post.headers },
      body: post.body,
      signal: AbortSignal.any([
        post.signal,
        AbortSignal.timeout(post.timeoutMs ?? WEBHOOK_ATTEMPT_TIMEOUT_MS),
      ]),
    });
    await response.body?.cancel();
    return { ok: response.ok, status: response.status };
  } catch {
    return { ok: false, status: 0 };
  }
}
