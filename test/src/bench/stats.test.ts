import { describe, expect, it } from 'vitest';
import { percentile, ratePerSecond, summarize } from './stats.js';

describe('percentile', () => {
  const oneToHundred = Array.from({ length: 100 }, (_, index) => 100 - index);

  it('uses the nearest rank on unsorted input', () => {
    expect(percentile(oneToHundred, 50)).toBe(50);
    expect(percentile(oneToHundred, 95)).toBe(95);
    expect(percentile(oneToHundred, 99)).toBe(99);
    expect(percentile(oneToHundred, 100)).toBe(100);
    expect(percentile(oneToHundred, 0)).toBe(1);
  });

  it('rounds the rank up on small samples', () => {
    expect(percentile([10, 20, 30], 50)).toBe(20);
    expect(percentile([10, 20, 30, 40], 50)).toBe(20);
    expect(percentile([10, 20, 30, 40], 51)).toBe(30);
    expect(percentile([10, 20, 30, 40], 99)).toBe(40);
    expect(percentile([7], 99)).toBe(7);
  });

  it('does not reorder its input', () => {
    const values = [3, 1, 2];
    percentile(values, 50);
    expect(values).toEqual([3, 1, 2]);
  });

  it('is NaN without values and rejects a percentile out of range', () => {
    expect(percentile([], 50)).toBeNaN();
    expect(() => percentile([1], 101)).toThrow(RangeError);
    expect(() => percentile([1], -1)).toThrow(RangeError);
    expect(() => percentile([1], Number.NaN)).toThrow(RangeError);
  });
});

describe('summarize', () => {
  it('reports count, extremes, mean and percentiles', () => {
    const values = Array.from({ length: 1000 }, (_, index) => index + 1);
    expect(summarize(values)).toEqual({
      count: 1000,
      min: 1,
      mean: 500.5,
      p50: 500,
      p95: 950,
      p99: 990,
      max: 1000,
    });
  });

  it('is NaN except the count when empty', () => {
    const empty = summarize([]);
    expect(empty.count).toBe(0);
    expect(empty.p50).toBeNaN();
    expect(empty.max).toBeNaN();
  });
});

describe('ratePerSecond', () => {
  it('divides events by the span in seconds', () => {
    expect(ratePerSecond(300, 6_000)).toBe(50);
    expect(ratePerSecond(5, 0)).toBeNaN();
  });
});
