import { describe, expect, it } from 'vitest';
import { isSameOriginPath } from './same-origin';

describe('isSameOriginPath', () => {
  it('allows paths on this site', () => {
    for (const path of ['/api/media/med-1', '/inbox/0b6f?x=1', '/'])
      expect(isSameOriginPath(path)).toBe(true);
  });

  it('refuses absolute, protocol-relative and backslash URLs', () => {
    for (const url of [
      'https://evil.example/x',
      '//evil.example/x',
      '/\\evil',
      'javascript:alert(1)',
      'api/media/med-1',
      '',
      null,
      undefined,
    ]) {
      expect(isSameOriginPath(url)).toBe(false);
    }
  });
});
