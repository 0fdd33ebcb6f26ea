/** Sleeps that end early when the stand-in closes. */
export class Lifecycle {
  private readonly controller = new AbortController();
  private readonly wakers = new Set<() => void>();

  /** Aborted on close: pass it to fetches that should stop then. */
  get signal(): AbortSignal {
    return this.controller.signal;
  }

  get closed(): boolean {
    return this.controller.signal.aborted;
  }

  /** Resolves true after `ms`, or false as soon as the lifecycle closes. */
  sleep(ms: number): Promise<boolean> {
    if (this.closed) return Promise.resolve(false);
    return new Promise((resolve) => {
      const wake = (open: boolean) => {
        clearTimeout(timer);
        this.wakers.delete(interrupt);
        resolve(open);
      };
      const interrupt = () => wake(false);
      const timer = setTimeout(() => wake(true), Math.max(0, ms));
      this.wakers.add(interrupt);
    });
  }

  close(): void {
    this.controller.abort();
    for (const wake of [...this.wakers]) wake();
  }
}
