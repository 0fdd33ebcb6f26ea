interface Pending<Job, Result> {
  job: Job;
  resolve: (result: Result) => void;
  reject: (error: unknown) => void;
}

/**
 * Group commit: jobs submitted while a batch is being written wait and are written together in
 * the next one, so under load many webhooks share one transaction instead of queueing for the
 * database one by one. A lone job is written at once. When a batch fails, its jobs are retried one
 * by one, so one bad job never fails the others.
 */
export class GroupCommit<Job, Result> {
  private queue: Pending<Job, Result>[] = [];
  private writing = false;

  constructor(
    /** Writes the jobs in one transaction; returns one result per job, in order. */
    private readonly writeBatch: (jobs: Job[]) => Promise<Result[]>,
    private readonly maxBatch = 256,
  ) {}

  submit(job: Job): Promise<Result> {
    return new Promise<Result>((resolve, reject) => {
      this.queue.push({ job, resolve, reject });
      if (!this.writing) void this.drain();
    });
  }

  private async drain() {
    this.writing = true;
    try {
      while (this.queue.length > 0) {
        const batch = this.queue.splice(0, this.maxBatch);
        await this.write(batch);
      }
    } finally {
      this.writing = false;
    }
  }

  private async write(batch: Pending<Job, Result>[]) {
    try {
      const results = await this.writeBatch(batch.map((pending) => pending.job));
      batch.forEach((pending, index) => pending.resolve(results[index] as Result));
    } catch (error) {
      if (batch.length === 1) return batch[0]?.reject(error);
      for (const pending of batch) await this.write([pending]);
    }
  }
}
