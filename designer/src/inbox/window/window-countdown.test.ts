import { describe, expect, it } from 'vitest';
import { translator } from '../../i18n/translator.test-support';
import { countdownText, windowCountdown } from './window-countdown';

const now = new Date('2025-03-01T10:00:00.000Z');
const after = (ms: number) => new Date(now.getTime() + ms).toISOString();
const MIN = 60_000;
const open = (expiresAt: string | null, entryPointExpiresAt: string | null = null) => ({
  unlimited: false,
  expiresAt,
  entryPointExpiresAt,
});

describe('windowCountdown', () => {
  it('counts whole hours and minutes down, never rounding up', () => {
    expect(windowCountdown(open(after((23 * 60 + 12) * MIN + 59_000)), now)).toEqual({
      state: 'open',
      hours: 23,
      minutes: 12,
      urgent: false,
      entryPoint: false,
    });
  });

  it('is urgent in the last hour', () => {
    expect(windowCountdown(open(after(59 * MIN + 30_000)), now)).toMatchObject({
      hours: 0,
      minutes: 59,
      urgent: true,
    });
    expect(windowCountdown(open(after(60 * MIN)), now)).toMatchObject({ hours: 1, urgent: false });
  });

  it('is closed at and after the expiry, or without one', () => {
    expect(windowCountdown(open(after(0)), now)).toEqual({ state: 'closed' });
    expect(windowCountdown(open(after(-MIN)), now)).toEqual({ state: 'closed' });
    expect(windowCountdown(open(null), now)).toEqual({ state: 'closed' });
  });

  it('shows nothing for a channel without a window (Telegram)', () => {
    expect(windowCountdown({ unlimited: true, expiresAt: null, entryPointExpiresAt: null }, now)).toBeNull();
  });

  it('says while the free entry point window of an ad is on', () => {
    expect(windowCountdown(open(after(23 * 60 * MIN), after(71 * 60 * MIN)), now)).toMatchObject({
      hours: 23,
      entryPoint: true,
    });
    expect(windowCountdown(open(after(23 * 60 * MIN), after(-MIN)), now)).toMatchObject({
      entryPoint: false,
    });
  });
});

describe('countdownText', () => {
  const ja = translator('ja');
  const en = translator('en');
  const text = (ms: number, t = ja) => {
    const c = windowCountdown(open(after(ms)), now);
    return c ? countdownText(c, t) : null;
  };

  it('says hours and minutes, then minutes only, in Japanese', () => {
    expect(text((23 * 60 + 12) * MIN)).toBe('残り23時間12分');
    expect(text(5 * 60 * MIN)).toBe('残り5時間0分');
    expect(text(45 * MIN + 10_000)).toBe('残り45分');
    expect(text(30_000)).toBe('残り1分未満');
    expect(text(-1)).toBe('期限切れ');
  });

  it('and in English', () => {
    expect(text((23 * 60 + 12) * MIN, en)).toBe('23h 12m left');
    expect(text(45 * MIN, en)).toBe('45m left');
    expect(text(30_000, en)).toBe('Under a minute left');
    expect(text(-1, en)).toBe('Window closed');
  });
});
