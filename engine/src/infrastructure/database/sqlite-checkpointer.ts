import { once } from 'node:events';
import { Worker } from 'node:worker_threads';

/** A WAL larger than this is restarted from the beginning (and cut back to this size, `journal_size_limit`). */
export const walLimitBytes = 16 * 1024 * 1024;

export interface CheckpointerOptions {
  /** How often the worker thread runs a PASSIVE checkpoint. */
  intervalMs: number;
  /** The engine restarts the WAL at most this often, however fast it grows. */
  restartEveryMs: number;
}

/**
 * Measured with `npm run bench:soak` (2 cores, ~58 webhooks/s): the engine writes about 5–9 MB of
 * WAL a second under load, and a restart blocks its event loop for a few milliseconds (the worker's
 * PASSIVE has already copied nearly everything), so restarting every 2 s keeps the WAL near
 * 16–30 MB without showing in the ack p99. See docs/benchmarks.md.
 */
const defaults: CheckpointerOptions = { intervalMs: 1_000, restartEveryMs: 2_000 };

/**
 * Owns the worker thread that checkpoints a SQLite database's WAL (see sqlite-checkpoint.worker.ts)
 * and, when it asks, has the engine's own connection restart the WAL: `restartWal` runs between two
 * of the engine's transactions, so it never makes one of them fail.
 */
export class SqliteCheckpointer {
  private readonly worker: Worker;

  constructor(
    file: string,
    private readonly restartWal: () => Promise<void>,
    onError: (message: string) => void,
    options: Partial<CheckpointerOptions> = {},
  ) {
    this.worker = new Worker(new URL('./sqlite-checkpoint.worker.js', import.meta.url), {
      workerData: { file, ...defaults, ...options },
    });
    this.worker.on('message', (message: unknown) => {
      if (message === 'restart') {
        void this.restartWal()
          .catch((error: unknown) => onError(error instanceof Error ? error.message : String(error)))
          .finally(() => this.worker.postMessage('restarted'));
      } else if (typeof message === 'object' && message !== null && 'error' in message)
        onError(String(message.error));
    });
    this.worker.on('error', (error) => onError(error.message));
    this.worker.unref();
  }

  /** Runs a last, truncating checkpoint and ends the thread. */
  async stop(): Promise<void> {
    const stopped = new Promise<void>((resolve) => {
      const onMessage = (message: unknown) => {
        if (message !== 'stopped') return;
        this.worker.off('message', onMessage);
        resolve();
      };
      this.worker.on('message', onMessage);
    });
    this.worker.postMessage('stop');
    await Promise.race([stopped, once(this.worker, 'exit')]);
    await this.worker.terminate();
  }
}
