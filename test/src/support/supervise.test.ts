import { describe, expect, it } from 'vitest';
import { supervise } from '../../../scripts/supervise.mjs';

/** A child whose exit the test decides. */
function fakeChild() {
  let exit: (info: { code: number | null; signal: string | null }) => void = () => {};
  const exited = new Promise<{ code: number | null; signal: string | null }>((done) => (exit = done));
  let stopped = false;
  return {
    exited,
    crash: () => exit({ code: null, signal: 'SIGKILL' }),
    get stopped() {
      return stopped;
    },
    async stop() {
      stopped = true;
      exit({ code: 0, signal: null });
    },
  };
}

const until = async (check: () => boolean, ms = 2_000) => {
  const end = Date.now() + ms;
  while (!check()) {
    if (Date.now() > end) throw new Error('condition not met in time');
    await new Promise((done) => setTimeout(done, 5));
  }
};

describe('supervise', () => {
  it('starts the child again after it dies, waiting longer after each failed start', async () => {
    const children: ReturnType<typeof fakeChild>[] = [];
    const attempts: number[] = [];
    let failures = 3;
    const messages: string[] = [];
    const supervised = supervise(
      'temporal',
      async () => {
        attempts.push(performance.now());
        if (children.length > 0 && failures > 0) {
          failures -= 1;
          throw new Error('port in use');
        }
        const child = fakeChild();
        children.push(child);
        return child;
      },
      { log: (message: string) => messages.push(message), minDelayMs: 20, maxDelayMs: 50, stableMs: 60_000 },
    );
    await supervised.ready;
    const crashedAt = performance.now();
    children[0]?.crash();
    await until(() => children.length === 2);
    expect(supervised.current).toBe(children[1]);
    expect(supervised.restarts).toBe(1);
    expect(messages.filter((message) => message.includes('did not start'))).toHaveLength(3);
    expect(messages.at(-1)).toBe('temporal is running again');
    // 20 ms, then doubled after each failure, capped at 50 ms. Timers never fire early, so the
    // waits are at least these (a busy machine only makes them longer).
    const waits = attempts.slice(1).map((at, i) => at - (i === 0 ? crashedAt : (attempts[i] ?? 0)));
    expect(waits).toHaveLength(4);
    [20, 40, 50, 50].forEach((least, i) => expect(waits[i]).toBeGreaterThanOrEqual(least - 1));
    await supervised.stop();
    expect(children[1]?.stopped).toBe(true);
  });

  it('stops a child whose restart was under way when it was told to stop', async () => {
    const children: ReturnType<typeof fakeChild>[] = [];
    let restartBegun = false;
    const supervised = supervise(
      'temporal',
      async () => {
        if (children.length > 0) {
          restartBegun = true;
          await new Promise((done) => setTimeout(done, 100)); // a slow boot
        }
        const child = fakeChild();
        children.push(child);
        return child;
      },
      { minDelayMs: 5 },
    );
    await supervised.ready;
    children[0]?.crash();
    await until(() => restartBegun);
    await supervised.stop();
    // stop() waited for the slow start and stopped what it brought up.
    expect(children).toHaveLength(2);
    expect(children[1]?.stopped).toBe(true);
  });

  it('restarts nothing once stopped, and reports a first start that fails', async () => {
    const children: ReturnType<typeof fakeChild>[] = [];
    const supervised = supervise(
      'engine',
      async () => {
        const child = fakeChild();
        children.push(child);
        return child;
      },
      { minDelayMs: 5 },
    );
    await supervised.ready;
    await supervised.stop();
    await new Promise((done) => setTimeout(done, 50));
    expect(children).toHaveLength(1);
    const never = supervise('sandbox', () => Promise.reject(new Error('no binary')));
    await expect(never.ready).rejects.toThrow('no binary');
  });
});
