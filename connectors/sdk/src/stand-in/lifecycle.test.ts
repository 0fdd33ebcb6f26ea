import { describe, expect, it } from 'vitest';
import { Lifecycle } from './lifecycle.js';

describe('Lifecycle', () => {
  it('sleeps for the given time while open', async () => {
    const lifecycle = new Lifecycle();
    const started = Date.now();
    expect(await lifecycle.sleep(20)).toBe(true);
    expect(Date.now() - started).toBeGreaterThanOrEqual(15);
    expect(await lifecycle.sleep(-5)).toBe(true);
  });

  it('ends every sleep at once on close, aborts its signal and refuses new sleeps', async () => {
    const lifecycle = new Lifecycle();
    const sleeps = [lifecycle.sleep(60_000), lifecycle.sleep(60_000)];
    const started = Date.now();
    await lifecycle.close();
    expect(await Promise.all(sleeps)).toEqual([false, false]);
    expect(Date.now() - started).toBeLessThan(1_000);
    expect(lifecycle.closed).toBe(true);
    expect(lifecycle.signal.aborted).toBe(true);
    expect(await lifecycle.sleep(10)).toBe(false);
  });

  it('waits for tracked tasks on idle and close, swallowing their failures', async () => {
    const lifecycle = new Lifecycle();
    const ended: string[] = [];
    lifecycle.track(lifecycle.sleep(20).then(() => ended.push('slept')));
    lifecycle.track(Promise.reject(new Error('reported elsewhere')));
    await lifecycle.idle();
    expect(ended).toEqual(['slept']);

    lifecycle.track(
      (async () => {
        const open = await lifecycle.sleep(60_000);
        ended.push(open ? 'timed out' : 'woken');
      })(),
    );
    await lifecycle.close();
    expect(ended).toEqual(['slept', 'woken']);
  });
});
