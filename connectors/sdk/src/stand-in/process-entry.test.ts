import { describe, expect, it } from 'vitest';
import {
  runStandInProcess,
  startStandInFromEnv,
  type Env,
  type MainIo,
  type StandInProcess,
} from './process-entry.js';

class DemoConfigError extends Error {}

function io() {
  const out = { stdout: [] as string[], stderr: [] as string[] };
  const streams: MainIo = {
    stdout: (line) => out.stdout.push(line),
    stderr: (line) => out.stderr.push(line),
  };
  return { out, streams };
}

const demoEntry = {
  parseConfig: (env: Env) => {
    if (env.DEMO_PORT === undefined) throw new DemoConfigError('DEMO_PORT is required');
    if (env.DEMO_PORT === 'boom') throw new TypeError('not a config problem');
    return { port: Number(env.DEMO_PORT) };
  },
  configError: DemoConfigError,
  start: async (config: { port: number }) => ({
    url: `http://127.0.0.1:${config.port}`,
    port: config.port,
    close: async () => undefined,
  }),
};

function fakeProcess(env: Env) {
  const written = { stdout: '', stderr: '' };
  const listeners = new Map<string, () => void>();
  const exits: number[] = [];
  const proc: StandInProcess = {
    env,
    stdout: { write: (text) => (written.stdout += text) },
    stderr: { write: (text) => (written.stderr += text) },
    once: (signal, listener) => listeners.set(signal, listener),
    exit: (code) => void exits.push(code),
  };
  return { proc, written, listeners, exits };
}

describe('startStandInFromEnv', () => {
  it('starts the stand-in and announces its URL as one JSON line', async () => {
    const { out, streams } = io();
    const standIn = await startStandInFromEnv({ DEMO_PORT: '4100' }, streams, demoEntry);
    expect(standIn?.port).toBe(4100);
    expect(out.stdout).toEqual(['{"event":"listening","url":"http://127.0.0.1:4100"}']);
    expect(out.stderr).toEqual([]);
  });

  it('explains an invalid environment on stderr and does not start', async () => {
    const { out, streams } = io();
    expect(await startStandInFromEnv({}, streams, demoEntry)).toBeUndefined();
    expect(out).toEqual({ stdout: [], stderr: ['DEMO_PORT is required'] });
  });

  it('rethrows errors that are not configuration errors', async () => {
    const { streams } = io();
    await expect(startStandInFromEnv({ DEMO_PORT: 'boom' }, streams, demoEntry)).rejects.toThrow(TypeError);
  });
});

describe('runStandInProcess', () => {
  it('writes lines to the process streams and closes on SIGTERM or SIGINT, then exits 0', async () => {
    for (const signal of ['SIGTERM', 'SIGINT'] as const) {
      const { proc, written, listeners, exits } = fakeProcess({ DEMO_PORT: '4100' });
      let closed = 0;
      await runStandInProcess(async (env, streams) => {
        const standIn = await startStandInFromEnv(env, streams, demoEntry);
        return standIn && { ...standIn, close: async () => void (closed += 1) };
      }, proc);
      expect(written.stdout).toBe('{"event":"listening","url":"http://127.0.0.1:4100"}\n');
      expect([...listeners.keys()].sort()).toEqual(['SIGINT', 'SIGTERM']);
      expect(exits).toEqual([]);
      listeners.get(signal)?.();
      await expect.poll(() => exits).toEqual([0]);
      expect(closed).toBe(1);
      expect(proc.exitCode).toBeUndefined();
    }
  });

  it('sets exit code 1 without waiting for signals when the stand-in did not start', async () => {
    const { proc, written, listeners, exits } = fakeProcess({});
    await runStandInProcess((env, streams) => startStandInFromEnv(env, streams, demoEntry), proc);
    expect(proc.exitCode).toBe(1);
    expect(written).toEqual({ stdout: '', stderr: 'DEMO_PORT is required\n' });
    expect(listeners.size).toBe(0);
    expect(exits).toEqual([]);
  });

  it('prints why closing failed and exits 1', async () => {
    const { proc, written, listeners, exits } = fakeProcess({});
    const standIn = { url: 'http://127.0.0.1:1', close: () => Promise.reject(new Error('stuck')) };
    await runStandInProcess(async () => standIn, proc);
    listeners.get('SIGTERM')?.();
    await expect.poll(() => exits).toEqual([1]);
    expect(written.stderr).toBe('Error: stuck\n');
  });
});
