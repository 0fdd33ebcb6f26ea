/**
 * A gate that opens at most once per `intervalMs`: `pass()` is true when the caller may act now.
 * Pure apart from the clock it is given.
 */
export function createThrottle(intervalMs: number, clock: () => number = Date.now): () => boolean {
  let last = Number.NEGATIVE_INFINITY;
  return () => {
    const now = clock();
    if (now - last < intervalMs) return false;
    last = now;
    return true;
  };
}
