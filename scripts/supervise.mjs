// Keeps a child of `npm start` running: when it exits on its own it is started again, waiting
// longer after each quick failure (1 s, 2 s, 4 s … at most 30 s; back to 1 s once it has stayed up
// for a while). The rest of the stack keeps running meanwhile — the engine keeps taking webhooks
// while Temporal is down, and answers them once it is back.

const sleep = (ms) => new Promise((done) => setTimeout(done, ms));

/**
 * @param {string} name
 * @param {() => Promise<{ exited: Promise<{ code: number | null, signal: string | null }>, stop(): Promise<void> }>} start
 * @param {{ log?: (message: string) => void, minDelayMs?: number, maxDelayMs?: number, stableMs?: number }} [options]
 */
export function supervise(name, start, options = {}) {
  const log = options.log ?? (() => {});
  const minDelayMs = options.minDelayMs ?? 1_000;
  const maxDelayMs = options.maxDelayMs ?? 30_000;
  const stableMs = options.stableMs ?? 60_000;
  let current;
  let stopping = false;
  let restarts = 0;
  let delay = minDelayMs;
  let wake = () => {};
  /** A restart under way, which stop() must wait for so no child outlives it. */
  let restarting;

  const watch = (handle, startedAt) => {
    void handle.exited.then(async ({ code, signal }) => {
      if (stopping) return;
      if (Date.now() - startedAt >= stableMs) delay = minDelayMs;
      log(`${name} exited (${signal ?? `code ${code}`}); restarting in ${Math.round(delay / 1000)} s`);
      while (!stopping) {
        await Promise.race([sleep(delay), new Promise((done) => (wake = done))]);
        if (stopping) return;
        delay = Math.min(delay * 2, maxDelayMs);
        try {
          restarting = start();
          const next = await restarting;
          if (stopping) return; // stop() stops it: it waits for this start
          current = next;
          restarts += 1;
          log(`${name} is running again`);
          watch(next, Date.now());
          return;
        } catch (error) {
          log(
            `${name} did not start: ${error instanceof Error ? error.message.split('\n')[0] : error}; next try in ${Math.round(delay / 1000)} s`,
          );
        }
      }
    });
  };

  const ready = start().then((handle) => {
    current = handle;
    watch(handle, Date.now());
    return handle;
  });

  return {
    /** The first start; rejects when the child never came up (npm start then gives up). */
    ready,
    /** The running child's handle (a new one after each restart). */
    get current() {
      return current;
    },
    get restarts() {
      return restarts;
    },
    /** Stops the child and restarts no more. */
    async stop() {
      stopping = true;
      wake();
      const late = await restarting?.catch(() => undefined);
      if (late && late !== current) await late.stop();
      await ready.catch(() => undefined);
      await current?.stop();
    },
  };
}
