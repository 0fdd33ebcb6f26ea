import { describe, expect, it } from 'vitest';
import { createThrottle } from './throttle';

describe('createThrottle', () => {
  it('passes at most once per interval', () => {
    let now = 0;
    const pass = createThrottle(10_000, () => now);
    expect(pass()).toBe(true);
    now = 9_999;
    expect(pass()).toBe(false);
    now = 10_000;
    expect(pass()).toBe(true);
    now = 15_000;
    expect(pass()).toBe(false);
  });
});
