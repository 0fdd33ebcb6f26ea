import { describe, expect, it } from 'vitest';
import { parseBenchOptions } from './options.js';

describe('bench options', () => {
  it('defaults to an own stack at 200/s for 2000 customers with a local-activity baseline', () => {
    const options = parseBenchOptions([], { WHATSAPP_APP_SECRET: 'ignored without --engine' });
    expect(options).toMatchObject({
      rate: 200,
      count: 2000,
      baseline: 'local',
      skipBaseline: false,
      baselineCount: 2000,
    });
    expect(options?.engine).toBeUndefined();
    expect(options?.appSecret).toBeUndefined();
  });

  it('parses numbers and caps the baseline count', () => {
    const options = parseBenchOptions(['--rate', '50', '--count', '5000', '--baseline', 'activity']);
    expect(options).toMatchObject({ rate: 50, count: 5000, baseline: 'activity', baselineCount: 2000 });
  });

  it('takes an external stack from flags or the environment', () => {
    const env = {
      WHATSAPP_API_BASE_URL: 'http://127.0.0.1:9000',
      TEMPORAL_ADDRESS: '127.0.0.1:7233',
      WHATSAPP_APP_SECRET: 's',
    };
    const options = parseBenchOptions(['--engine', 'http://127.0.0.1:8000'], env);
    expect(options).toMatchObject({
      engine: 'http://127.0.0.1:8000',
      sandbox: env.WHATSAPP_API_BASE_URL,
      temporal: env.TEMPORAL_ADDRESS,
      appSecret: 's',
    });
  });

  it('rejects bad values and an incomplete external stack', () => {
    expect(() => parseBenchOptions(['--rate', '-1'])).toThrow(/rate/);
    expect(() => parseBenchOptions(['--baseline', 'remote'])).toThrow(/baseline/);
    expect(() => parseBenchOptions(['--engine', 'http://127.0.0.1:8000'], {})).toThrow(/--sandbox/);
    expect(() => parseBenchOptions(['--bogus'])).toThrow();
  });

  it('returns undefined for --help', () => {
    expect(parseBenchOptions(['--help'])).toBeUndefined();
  });
});
