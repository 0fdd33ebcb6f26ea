import { describe, expect, it } from 'vitest';
import { parseSoakOptions } from './soak-options.js';

describe('soak options', () => {
  it('defaults to ten minutes at the measured baseline rate, a line a minute and a minute of rest', () => {
    const options = parseSoakOptions([], { WHATSAPP_APP_SECRET: 'ignored without --engine' });
    expect(options).toMatchObject({
      saturation: 1,
      duration: 600,
      interval: 60,
      rest: 60,
      open: 0,
      baseline: 'local',
      skipBaseline: false,
      engineEnv: {},
      replyTimeout: 120,
    });
    expect(options?.rate).toBeUndefined();
    expect(options?.engine).toBeUndefined();
    expect(options?.appSecret).toBeUndefined();
  });

  it('parses the soak flags and gives a saturated run time to drain', () => {
    const options = parseSoakOptions([
      '--rate',
      '40',
      '--saturation',
      '4',
      '--duration',
      '120',
      '--interval',
      '30',
      '--rest',
      '0',
      '--open',
      '10000',
      '--open-rate',
      '250',
    ]);
    expect(options).toMatchObject({
      rate: 40,
      saturation: 4,
      duration: 120,
      interval: 30,
      rest: 0,
      open: 10_000,
      openRate: 250,
      // 120 s + 1.5 x 120 s x (4 - 1): the outbox drains three quarters of the load afterwards.
      replyTimeout: 660,
    });
    expect(parseSoakOptions(['--reply-timeout', '30', '--saturation', '4'])?.replyTimeout).toBe(30);
  });

  it('allows no load at all, to measure a stack at rest with pre-opened conversations', () => {
    expect(parseSoakOptions(['--open', '10000', '--duration', '0'])).toMatchObject({
      open: 10_000,
      duration: 0,
    });
  });

  it('collects repeated --engine-env pairs, values may hold "="', () => {
    const options = parseSoakOptions([
      '--engine-env',
      'TEMPORAL_MAX_CACHED_WORKFLOWS=500',
      '--engine-env',
      'NODE_OPTIONS=--max-old-space-size=256',
    ]);
    expect(options?.engineEnv).toEqual({
      TEMPORAL_MAX_CACHED_WORKFLOWS: '500',
      NODE_OPTIONS: '--max-old-space-size=256',
    });
    expect(() => parseSoakOptions(['--engine-env', 'lower=1'])).toThrow(/KEY=VALUE/);
  });

  it('takes an external stack from flags or the environment, with its pids and endpoints', () => {
    const env = {
      WHATSAPP_API_BASE_URL: 'http://127.0.0.1:9000',
      TEMPORAL_ADDRESS: '127.0.0.1:7233',
      WHATSAPP_APP_SECRET: 's',
    };
    const options = parseSoakOptions(
      [
        '--engine',
        'http://127.0.0.1:8000',
        '--engine-pid',
        '4242',
        '--engine-metrics',
        'http://127.0.0.1:9464/metrics',
        '--data-dir',
        '.data',
      ],
      env,
    );
    expect(options).toMatchObject({
      engine: 'http://127.0.0.1:8000',
      sandbox: env.WHATSAPP_API_BASE_URL,
      temporal: env.TEMPORAL_ADDRESS,
      appSecret: 's',
      enginePid: 4242,
      engineMetrics: 'http://127.0.0.1:9464/metrics',
      dataDir: '.data',
    });
  });

  it('rejects bad values and contradictions', () => {
    expect(() => parseSoakOptions(['--saturation', '0'])).toThrow(/saturation/);
    expect(() => parseSoakOptions(['--duration', '-1'])).toThrow(/duration/);
    expect(() => parseSoakOptions(['--interval', '0'])).toThrow(/interval/);
    expect(() => parseSoakOptions(['--open', '1.5'])).toThrow(/open/);
    expect(() => parseSoakOptions(['--skip-baseline'])).toThrow(/--rate is required/);
    expect(() => parseSoakOptions(['--engine', 'http://127.0.0.1:8000'], {})).toThrow(/--sandbox/);
    expect(() => parseSoakOptions(['--engine-pid', '1'])).toThrow(/needs --engine/);
    expect(() =>
      parseSoakOptions(['--engine', 'http://127.0.0.1:8000', '--engine-env', 'A=1'], {
        WHATSAPP_API_BASE_URL: 'http://127.0.0.1:9000',
        TEMPORAL_ADDRESS: '127.0.0.1:7233',
        WHATSAPP_APP_SECRET: 's',
      }),
    ).toThrow(/own stack only/);
    expect(() => parseSoakOptions(['--bogus'])).toThrow();
  });

  it('returns undefined for --help', () => {
    expect(parseSoakOptions(['--help'])).toBeUndefined();
    expect(parseSoakOptions(['-h'])).toBeUndefined();
  });
});
