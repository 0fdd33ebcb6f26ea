export interface Summary {
  count: number;
  min: number;
  mean: number;
  p50: number;
  p95: number;
  p99: number;
  max: number;
}

/**
 * The p-th percentile (0–100) of `values` by the nearest-rank method: the smallest value such that
 * at least p % of the values are less than or equal to it. NaN for no values.
 */
export function percentile(values: readonly number[], p: number): number {
  if (!(p >= 0 && p <= 100)) throw new RangeError(`percentile must be within 0..100, got ${p}`);
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  return nearestRank(sorted, p);
}

/** Count, min, mean, p50, p95, p99 and max of `values` (NaN everywhere but count when empty). */
export function summarize(values: readonly number[]): Summary {
  if (values.length === 0) {
    const nan = Number.NaN;
    return { count: 0, min: nan, mean: nan, p50: nan, p95: nan, p99: nan, max: nan };
  }
  const sorted = [...values].sort((a, b) => a - b);
  const sum = sorted.reduce((total, value) => total + value, 0);
  return {
    count: sorted.length,
    min: sorted[0] ?? Number.NaN,
    mean: sum / sorted.length,
    p50: nearestRank(sorted, 50),
    p95: nearestRank(sorted, 95),
    p99: nearestRank(sorted, 99),
    max: sorted[sorted.length - 1] ?? Number.NaN,
  };
}

/** Events per second: `count` events spread over `spanMs` milliseconds (NaN for an empty span). */
export function ratePerSecond(count: number, spanMs: number): number {
  return spanMs > 0 ? (count * 1000) / spanMs : Number.NaN;
}

function nearestRank(sorted: readonly number[], p: number): number {
  const rank = Math.max(1, Math.ceil((p / 100) * sorted.length));
  return sorted[rank - 1] ?? Number.NaN;
}
