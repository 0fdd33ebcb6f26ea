import { once } from 'node:events';
import { Worker } from 'node:worker_threads';

/** Owns the worker thread that checkpoints a SQLite database's WAL (see sqlite-checkpoint.worker.ts). */
export class SqliteCheckpointer {
  private readonly worker: Worker;

  constructor(file: string, onError: (message: string) => void, intervalMs = 1_000) {
    this.worker = new Worker(new URL('./sqlite-checkpoint.worker.js', import.meta.url), {
      workerData: { file, intervalMs },
    });
    this.worker.on('message', (message: unknown) => {
      if (typeof message === 'object' && message !== null && 'error' in message)
        onError(String(message.error));
    });
    this.worker.on('error', (error) => onError(error.message));
    this.worker.unref();
  }

  /** Runs a last, truncating checkpoint and ends the thread. */
  async stop(): Promise<void> {
    const stopped = once(this.worker, 'message');
    this.worker.postMessage('stop');
    await Promise.race([stopped, once(this.worker, 'exit')]);
    await this.worker.terminate();
  }
}
