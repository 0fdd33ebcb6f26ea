export interface EventuallyOptions {
  /** Give up after this many milliseconds. Default 30 s. */
  timeout?: number;
  /** Wait this long between attempts. Default 200 ms. */
  interval?: number;
  /** Named in the error when time runs out. */
  description?: string;
}

/**
 * Runs `check` until it stops throwing (a polling assertion) and returns its result. When time
 * runs out, throws the last failure, saying how long and how often it was tried. Tests over real
 * processes use this instead of sleeping and hoping.
 */
export async function expectEventually<T>(
  check: () => T | Promise<T>,
  { timeout = 30_000, interval = 200, description }: EventuallyOptions = {},
): Promise<T> {
  const started = Date.now();
  let attempts = 0;
  for (;;) {
    attempts += 1;
    try {
      return await check();
    } catch (error) {
      const elapsed = Date.now() - started;
      if (elapsed + interval > timeout) {
        const what = description ? ` (${description})` : '';
        const reason = error instanceof Error ? error.message : String(error);
        throw new Error(`still failing after ${elapsed} ms and ${attempts} attempts${what}: ${reason}`, {
          cause: error,
        });
      }
    }
    await new Promise((resolve) => setTimeout(resolve, interval));
  }
}

/**
 * The dual of expectEventually: `check` must keep passing on every attempt for `duration` ms
 * (default 2 s). Used to show that something that must not happen (a second reply) does not.
 */
export async function expectConsistently(
  check: () => unknown,
  { duration = 2_000, interval = 200 }: { duration?: number; interval?: number } = {},
): Promise<void> {
  const started = Date.now();
  do {
    await check();
    await new Promise((resolve) => setTimeout(resolve, interval));
  } while (Date.now() - started < duration);
  await check();
}
