import { describe, expect, it } from 'vitest';
import { defaultPrefs, readPrefs } from './notification-prefs';

const store = (values: Record<string, string>) => ({ getItem: (key: string) => values[key] ?? null });

describe('readPrefs', () => {
  it('starts with desktop notifications off (they need a click) and the sound on', () => {
    expect(readPrefs(store({}))).toEqual(defaultPrefs);
    expect(defaultPrefs).toEqual({ desktop: false, sound: true });
    expect(readPrefs(null)).toEqual(defaultPrefs);
  });

  it('reads what was chosen, ignoring what it does not know', () => {
    expect(
      readPrefs(store({ 'parley.notifications.desktop': 'on', 'parley.notifications.sound': 'off' })),
    ).toEqual({ desktop: true, sound: false });
    expect(readPrefs(store({ 'parley.notifications.sound': 'loud' }))).toEqual(defaultPrefs);
  });

  it('falls back to the defaults when storage refuses to be read', () => {
    const refusing = {
      getItem: () => {
        throw new Error('SecurityError');
      },
    };
    expect(readPrefs(refusing)).toEqual(defaultPrefs);
  });
});
