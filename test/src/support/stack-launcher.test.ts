import { mkdtemp, rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ephemeralRangeStart, freePort, startTemporal } from '../../../scripts/stack.mjs';

// The launcher's own behaviour; the end-to-end tests exercise the happy paths of all three processes.
describe('scripts/stack.mjs', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'parley-launcher-'));
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('never hands out the same free port twice', async () => {
    const ports = await Promise.all(Array.from({ length: 20 }, () => freePort()));
    expect(new Set(ports).size).toBe(20);
    // Below the kernel's ephemeral range: no outgoing connection can take one before it is bound.
    for (const port of ports) expect(port).toBeLessThan(ephemeralRangeStart());
  });

  it('starts Temporal, stops it, and starts it again on the same port and database', async () => {
    const port = await freePort();
    const dbFile = join(dir, 'temporal.db');
    const first = await startTemporal({ port, dbFile, output: 'silent' });
    expect(first.address).toBe(`127.0.0.1:${port}`);
    await first.stop();
    expect(first.process.exitCode ?? first.process.signalCode).not.toBeNull();
    const second = await startTemporal({ port, dbFile, output: 'silent' });
    await second.stop();
    await second.stop(); // idempotent
  }, 60_000);

  it('fails fast with the child output when the process cannot start', async () => {
    const blocker = createServer();
    const port = await freePort();
    await new Promise<void>((resolve) => blocker.listen(port, '127.0.0.1', resolve));
    try {
      const attempt = startTemporal({
        port,
        dbFile: join(dir, 'blocked.db'),
        output: 'silent',
        timeoutMs: 30_000,
      });
      await expect(attempt).rejects.toThrow(
        /did not come up: temporal exited with code \d+[\s\S]*last \d+ output lines of temporal/,
      );
    } finally {
      blocker.close();
    }
  }, 40_000);
});
