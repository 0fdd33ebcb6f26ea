import { describe, expect, it } from 'vitest';
import { safeRedirect } from './safe-redirect';

describe('safeRedirect', () => {
  it('goes back to a page of the app', () => {
    expect(safeRedirect('/inbox/0b6f?x=1')).toBe('/inbox/0b6f?x=1');
    expect(safeRedirect('/settings/users')).toBe('/settings/users');
  });

  it('never leaves the site or loops back to signing in', () => {
    for (const target of [
      '//evil.example',
      'https://evil.example',
      '/\\evil',
      'inbox',
      '/sign-in?redirect=x',
      '/setup',
      '/a\nb',
      '',
      null,
      undefined,
    ]) {
      expect(safeRedirect(target)).toBeNull();
    }
  });
});
