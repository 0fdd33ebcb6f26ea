import { describe, expect, it } from 'vitest';
import { runOpenLoop, sleep } from './open-loop.js';

describe('runOpenLoop', () => {
  it('starts tasks on schedule without waiting for earlier ones', async () => {
    const startedAt: number[] = [];
    const origin = performance.now();
    const result = await runOpenLoop(
      { rate: 100, count: 10, concurrency: 100, deadlineMs: 10_000 },
      async () => {
        startedAt.push(performance.now() - origin);
        await sleep(200);
      },
    );
    expect(result.started).toBe(10);
    expect(result.notStarted).toBe(0);
    // Ten starts 10 ms apart all happen while the first 200 ms task is still running.
    expect(startedAt[9]).toBeLessThan(180);
    expect(startedAt[9]).toBeGreaterThanOrEqual(85);
  });

  it('bounds concurrency and stops starting at the deadline', async () => {
    let running = 0;
    let most = 0;
    const result = await runOpenLoop(
      { rate: 1_000, count: 100, concurrency: 2, deadlineMs: 100 },
      async () => {
        running += 1;
        most = Math.max(most, running);
        await sleep(30);
        running -= 1;
      },
    );
    expect(most).toBe(2);
    expect(result.started).toBeLessThan(100);
    expect(result.started + result.notStarted).toBe(100);
    expect(result.maxLagMs).toBeGreaterThan(20);
  });
});
