/** Sleeps and background tasks of a stand-in that all end when it closes. */
export class Lifecycle {
  private readonly controller = new AbortController();
  private readonly wakers = new Set<() => void>();
  private readonly tasks = new Set<Promise<unknown>>();

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

  /** Keeps a background task so close() can wait for it; its failure is swallowed (tasks report their own). */
  track(task: Promise<unknown>): void {
    const settled = task.catch(() => undefined).finally(() => this.tasks.delete(settled));
    this.tasks.add(settled);
  }

  /** Resolves once every tracked task has ended (for tests and benchmarks). */
  async idle(): Promise<void> {
    while (this.tasks.size > 0) await Promise.allSettled([...this.tasks]);
  }

  /** Aborts the signal and ends every sleep at once, then waits for the tracked tasks. */
  async close(): Promise<void> {
    this.controller.abort();
    for (const wake of [...this.wakers]) wake();
    await this.idle();
  }
}
