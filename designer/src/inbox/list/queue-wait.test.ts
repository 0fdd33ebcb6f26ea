import { describe, expect, it } from 'vitest';
import { translator } from '../../i18n/translator.test-support';
import { waitedMinutes, waitText } from './queue-wait';

const now = new Date('2025-01-01T12:00:00Z');
const ago = (minutes: number) => new Date(now.getTime() - minutes * 60_000).toISOString();

describe('the queue’s wait', () => {
  it('counts whole minutes since the conversation joined the queue', () => {
    expect(waitedMinutes(ago(0.5), now)).toBe(0);
    expect(waitedMinutes(ago(12.9), now)).toBe(12);
    expect(waitedMinutes(ago(-3), now)).toBe(0); // a clock ahead of this one's
    expect(waitedMinutes('not a time', now)).toBe(0);
  });

  it('reads short in both languages', () => {
    const en = translator('en');
    const ja = translator('ja');
    expect([0, 12, 65, 60 * 24 * 2 + 60 * 3 + 5].map((m) => waitText(m, en))).toEqual([
      'under a minute',
      '12m',
      '1h 5m',
      '2d 3h',
    ]);
    expect([0, 12, 65, 60 * 24 * 2 + 60 * 3 + 5].map((m) => waitText(m, ja))).toEqual([
      '1分未満',
      '12分',
      '1時間5分',
      '2日3時間',
    ]);
  });
});
