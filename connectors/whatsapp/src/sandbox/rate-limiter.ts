/**
 * At most `limit` events per key within any `windowMs` (a sliding window). `allows` only looks;
 * `take` records an event, so a caller can check several limiters before taking from any.
 */
export class SlidingWindowLimiter {
  private readonly events = new Map<string, number[]>();
  private takesSinceSweep = 0;

  constructor(
    private readonly limit: number,
    private readonly windowMs: number,
  ) {}

  allows(key: string, nowMs: number): boolean {
    return this.recent(key, nowMs).length < this.limit;
  }

  take(key: string, nowMs: number): void {
    const recent = this.recent(key, nowMs);
    recent.push(nowMs);
    this.events.set(key, recent);
    this.takesSinceSweep += 1;
    if (this.takesSinceSweep >= 10_000) this.sweep(nowMs);
  }

  private recent(key: string, nowMs: number): number[] {
    const events = this.events.get(key) ?? [];
    const start = nowMs - this.windowMs;
    let expired = 0;
    while (expired < events.length && (events[expired] ?? 0) <= start) expired += 1;
    if (expired > 0) events.splice(0, expired);
    return events;
  }

  /** Forgets keys without recent events, so many one-off keys (customers) do not pile up. */
  private sweep(nowMs: number): void {
    this.takesSinceSweep = 0;
    for (const key of [...this.events.keys()]) {
      if (this.recent(key, nowMs).length === 0) this.events.delete(key);
    }
  }
}
