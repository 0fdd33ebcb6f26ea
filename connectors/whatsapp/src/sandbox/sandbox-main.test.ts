import { describe, expect, it } from 'vitest';
import { runSandboxMain } from './sandbox-main.js';

function io() {
  const out = { stdout: [] as string[], stderr: [] as string[] };
  return {
    out,
    io: { stdout: (line: string) => out.stdout.push(line), stderr: (line: string) => out.stderr.push(line) },
  };
}

describe('runSandboxMain', () => {
  it('announces the URL it listens on as one JSON line', async () => {
    const { out, io: streams } = io();
    const env = {
      SANDBOX_PORT: '0',
      SANDBOX_WEBHOOK_URL: 'http://127.0.0.1:9/webhooks',
      WHATSAPP_APP_SECRET: 's',
      WHATSAPP_ACCESS_TOKEN: 't',
    };
    const sandbox = await runSandboxMain(env, streams);
    try {
      expect(out.stdout).toHaveLength(1);
      const line = JSON.parse(out.stdout[0] ?? '') as { event: string; url: string };
      expect(line).toEqual({ event: 'listening', url: expect.stringMatching(/^http:\/\/127\.0\.0\.1:\d+$/) });
      expect(line.url).not.toBe('http://127.0.0.1:0');
      expect((await fetch(`${line.url}/sandbox/health`)).status).toBe(200);
    } finally {
      await sandbox?.close();
    }
  });

  it('explains a bad environment on stderr, naming the variable, and does not start', async () => {
    const { out, io: streams } = io();
    expect(
      await runSandboxMain({ WHATSAPP_APP_SECRET: 's', WHATSAPP_ACCESS_TOKEN: 't' }, streams),
    ).toBeUndefined();
    expect(out.stdout).toEqual([]);
    expect(out.stderr.join('\n')).toContain('SANDBOX_WEBHOOK_URL is required');
  });
});
