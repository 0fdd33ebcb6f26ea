import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createCoalescer } from './coalesce';

describe('createCoalescer', () => {
  beforeEach(() => {
    vi.useFakeTimers();
    vi.setSystemTime(new Date('2025-01-01T12:00:00Z'));
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('runs at once, then at most once a second, and always after the last trigger', () => {
    const run = vi.fn();
    const c = createCoalescer(1_000, run);
    c.trigger();
    expect(run).toHaveBeenCalledTimes(1);
    for (let i = 0; i < 20; i += 1) {
      vi.advanceTimersByTime(40);
      c.trigger();
    }
    expect(run).toHaveBeenCalledTimes(1); // 800 ms of events: one more run is pending
    vi.advanceTimersByTime(200);
    expect(run).toHaveBeenCalledTimes(2);
    vi.advanceTimersByTime(5_000);
    expect(run).toHaveBeenCalledTimes(2); // nothing was triggered since
    c.trigger();
    expect(run).toHaveBeenCalledTimes(3); // quiet for over a second: at once again
  });

  it('drops a pending run when cancelled', () => {
    const run = vi.fn();
    const c = createCoalescer(1_000, run);
    c.trigger();
    c.trigger();
    c.cancel();
    vi.advanceTimersByTime(2_000);
    expect(run).toHaveBeenCalledTimes(1);
  });
});
