/**
 * The sandbox's sense of time. Tests move it forward (`POST /sandbox/clock`) to reach the end of
 * a customer service window or a 30-day template rule without waiting; delays of webhooks and
 * reviews stay in real time.
 */
export class SandboxClock {
  private offsetMs = 0;

  now(): Date {
    return new Date(this.nowMs());
  }

  nowMs(): number {
    return Date.now() + this.offsetMs;
  }

  /** Moves the clock forward (never back) and returns the new time. */
  advance(ms: number): Date {
    this.offsetMs += Math.max(0, ms);
    return this.now();
  }
}

export const HOUR_MS = 60 * 60 * 1000;
export const DAY_MS = 24 * HOUR_MS;
