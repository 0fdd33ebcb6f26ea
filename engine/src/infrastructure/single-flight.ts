/**
 * Runs a pass of background work so that passes never overlap: a kick while a pass runs schedules
 * exactly one more after it, so nothing kicked is missed and bursts of kicks cost one pass.
 */
export class SingleFlight {
  private running: Promise<void> | undefined;
  private rerun = false;
  private stopped = false;

  constructor(
    private readonly pass: () => Promise<void>,
    private readonly onError: (error: unknown) => void,
  ) {}

  get isStopped(): boolean {
    return this.stopped;
  }

  kick(): void {
    if (this.stopped) return;
    if (this.running) {
      this.rerun = true;
      return;
    }
    this.running = this.pass()
      .catch(this.onError)
      .finally(() => {
        this.running = undefined;
        if (this.rerun) {
          this.rerun = false;
          this.kick();
        }
      });
  }

  /** Stops taking kicks and waits for the pass under way. */
  async stop(): Promise<void> {
    this.stopped = true;
    await this.running;
  }
}
