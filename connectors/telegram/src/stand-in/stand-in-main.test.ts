import { describe, expect, it } from 'vitest';
import { testBot } from '../fixtures/test-bot.fixture.js';
import { runStandInMain } from './stand-in-main.js';

function io() {
  const out = { stdout: [] as string[], stderr: [] as string[] };
  return {
    out,
    io: { stdout: (line: string) => out.stdout.push(line), stderr: (line: string) => out.stderr.push(line) },
  };
}

describe('runStandInMain', () => {
  it('announces the URL it listens on as one JSON line', async () => {
    const { out, io: streams } = io();
    const standIn = await runStandInMain(
      { TELEGRAM_STAND_IN_PORT: '0', TELEGRAM_BOT_TOKEN: testBot.token },
      streams,
    );
    try {
      expect(out.stdout).toHaveLength(1);
      const line = JSON.parse(out.stdout[0] ?? '') as { event: string; url: string };
      expect(line).toEqual({ event: 'listening', url: expect.stringMatching(/^http:\/\/127\.0\.0\.1:\d+$/) });
      expect(line.url).not.toBe('http://127.0.0.1:0');
      expect((await fetch(`${line.url}/stand-in/health`)).status).toBe(200);
    } finally {
      await standIn?.close();
    }
  });

  it('explains a bad environment on stderr, naming the variable, and does not start', async () => {
    const { out, io: streams } = io();
    const env = { TELEGRAM_STAND_IN_PORT: '0', TELEGRAM_WEBHOOK_SECRET: 'no spaces allowed' };
    expect(await runStandInMain(env, streams)).toBeUndefined();
    expect(out.stdout).toEqual([]);
    expect(out.stderr.join('\n')).toContain('TELEGRAM_BOT_TOKEN is required');
    expect(out.stderr.join('\n')).toContain('TELEGRAM_WEBHOOK_SECRET must be 1 to 256 characters');
  });
});
