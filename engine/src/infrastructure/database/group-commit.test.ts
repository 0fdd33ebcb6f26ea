import { describe, expect, it } from 'vitest';
import { GroupCommit } from './group-commit.js';

describe('GroupCommit', () => {
  it('writes a lone job at once and jobs arriving meanwhile together', async () => {
    const batches: number[][] = [];
    const group = new GroupCommit<number, string>(async (jobs) => {
      batches.push(jobs);
      await new Promise((resolve) => setTimeout(resolve, 10));
      return jobs.map((job) => `done ${job}`);
    });
    const first = group.submit(1);
    const rest = [2, 3, 4].map((job) => group.submit(job));
    expect(await Promise.all([first, ...rest])).toEqual(['done 1', 'done 2', 'done 3', 'done 4']);
    expect(batches).toEqual([[1], [2, 3, 4]]);
  });

  it('retries a failed batch job by job, so only the bad job fails', async () => {
    const group = new GroupCommit<number, number>(async (jobs) => {
      if (jobs.includes(3)) throw new Error('bad job 3');
      return jobs.map((job) => job * 10);
    });
    group.submit(0); // occupies the writer so the next three form one batch
    const results = await Promise.allSettled([1, 3, 5].map((job) => group.submit(job)));
    expect(results).toEqual([
      { status: 'fulfilled', value: 10 },
      { status: 'rejected', reason: new Error('bad job 3') },
      { status: 'fulfilled', value: 50 },
    ]);
  });

  it('caps the batch size', async () => {
    const sizes: number[] = [];
    const group = new GroupCommit<number, number>(async (jobs) => {
      sizes.push(jobs.length);
      return jobs;
    }, 2);
    await Promise.all([1, 2, 3, 4, 5].map((job) => group.submit(job)));
    expect(sizes).toEqual([1, 2, 2]);
  });
});
