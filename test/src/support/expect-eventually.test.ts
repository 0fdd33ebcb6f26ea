import { describe, expect, it } from 'vitest';
import { expectConsistently, expectEventually } from './expect-eventually.js';

describe('expectEventually', () => {
  it('retries until the check passes and returns its value', async () => {
    let calls = 0;
    const value = await expectEventually(
      () => {
        calls += 1;
        if (calls < 3) throw new Error('not yet');
        return 'done';
      },
      { timeout: 1_000, interval: 5 },
    );
    expect(value).toBe('done');
    expect(calls).toBe(3);
  });

  it('gives up after the timeout with the last failure', async () => {
    let calls = 0;
    const failing = expectEventually(
      () => {
        calls += 1;
        throw new Error(`failure ${calls}`);
      },
      { timeout: 100, interval: 10, description: 'never' },
    );
    await expect(failing).rejects.toThrow(
      /still failing after \d+ ms and \d+ attempts \(never\): failure \d+/,
    );
    expect(calls).toBeGreaterThan(2);
  });
});

describe('expectConsistently', () => {
  it('passes when the check keeps passing and fails as soon as it does not', async () => {
    await expectConsistently(() => expect(1).toBe(1), { duration: 30, interval: 5 });
    let calls = 0;
    const flaky = expectConsistently(
      () => {
        calls += 1;
        if (calls === 3) throw new Error('broke');
      },
      { duration: 1_000, interval: 5 },
    );
    await expect(flaky).rejects.toThrow('broke');
  });
});
