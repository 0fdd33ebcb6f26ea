export interface OpenLoopOptions {
  /** Starts per second. */
  rate: number;
  count: number;
  /** Most tasks in flight; a start that finds no free slot waits (and is reported as lag). */
  concurrency: number;
  /** No task starts after this many ms from the first start; the rest are reported as not started. */
  deadlineMs: number;
  /** After the last start, wait at most this long for tasks still in flight. Default: for all of them. */
  settleTimeoutMs?: number;
}

export interface OpenLoopResult {
  started: number;
  notStarted: number;
  /** Epoch ms of the first and last start. */
  firstStartAt: number;
  lastStartAt: number;
  /** Worst delay of a start behind its schedule (timer jitter, or no free slot). */
  maxLagMs: number;
}

/**
 * Starts `task(index)` `count` times on a fixed schedule — start i at i / rate seconds — without
 * waiting for earlier tasks to finish (an open loop, as real customers behave), and waits for the
 * started tasks to settle. A task's failure is its own business: it must record and swallow it.
 */
export async function runOpenLoop(
  options: OpenLoopOptions,
  task: (index: number) => Promise<void>,
): Promise<OpenLoopResult> {
  const intervalMs = 1000 / options.rate;
  const origin = performance.now();
  const firstStartAt = Date.now();
  let lastStartAt = firstStartAt;
  let maxLagMs = 0;
  let started = 0;
  const inFlight = new Set<Promise<void>>();

  for (let index = 0; index < options.count; index++) {
    const due = origin + index * intervalMs;
    const wait = due - performance.now();
    if (wait > 1) await sleep(wait);
    while (inFlight.size >= options.concurrency && performance.now() - origin < options.deadlineMs) {
      await withTimeout(Promise.race(inFlight), 50).catch(() => {});
    }
    if (performance.now() - origin >= options.deadlineMs) break;
    maxLagMs = Math.max(maxLagMs, performance.now() - due);
    lastStartAt = Date.now();
    started += 1;
    const running: Promise<void> = task(index)
      .catch(() => {})
      .finally(() => inFlight.delete(running));
    inFlight.add(running);
  }
  const settled = Promise.all(inFlight).then(() => undefined);
  if (options.settleTimeoutMs === undefined) await settled;
  else await withTimeout(settled, options.settleTimeoutMs).catch(() => {});
  return { started, notStarted: options.count - started, firstStartAt, lastStartAt, maxLagMs };
}

export function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

/** `promise`, or a rejection with `message` after `ms` (the timer does not outlive the promise). */
export function withTimeout<T>(
  promise: Promise<T>,
  ms: number,
  message = `timed out after ${ms} ms`,
): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(message)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}
