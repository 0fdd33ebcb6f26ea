/**
 * Additive-increase, multiplicative-decrease concurrency limit. Fast successes raise it by one,
 * a failure or a slow answer (Temporal saturating) halves it, so a burst queues in the outbox
 * instead of overloading the server.
 */
export class AdaptiveLimit {
  private value: number;

  constructor(
    private readonly min: number,
    private readonly max: number,
    private readonly slowMs: number,
    initial = min,
  ) {
    this.value = Math.min(Math.max(initial, min), max);
  }

  get current(): number {
    return Math.floor(this.value);
  }

  success(latencyMs: number) {
    if (latencyMs > this.slowMs) this.decrease();
    else this.value = Math.min(this.max, this.value + 1 / Math.max(1, this.current));
  }

  failure() {
    this.decrease();
  }

  private decrease() {
    this.value = Math.max(this.min, this.value / 2);
  }
}
