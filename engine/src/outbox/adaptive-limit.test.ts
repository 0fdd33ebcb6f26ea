import { describe, expect, it } from 'vitest';
import { AdaptiveLimit } from './adaptive-limit.js';

describe('AdaptiveLimit', () => {
  it('grows by about one per window of fast successes, up to the maximum', () => {
    const limit = new AdaptiveLimit(1, 4, 100);
    for (let i = 0; i < 1; i++) limit.success(5);
    expect(limit.current).toBe(2);
    for (let i = 0; i < 2; i++) limit.success(5);
    expect(limit.current).toBe(3);
    for (let i = 0; i < 100; i++) limit.success(5);
    expect(limit.current).toBe(4);
  });

  it('halves on failure and on slow answers, never below the minimum', () => {
    const limit = new AdaptiveLimit(2, 64, 100, 32);
    limit.failure();
    expect(limit.current).toBe(16);
    limit.success(500);
    expect(limit.current).toBe(8);
    for (let i = 0; i < 10; i++) limit.failure();
    expect(limit.current).toBe(2);
  });
});
