import { describe, expect, it } from 'vitest';
import { externalUrl } from './external-url';

describe('externalUrl', () => {
  it('opens web addresses only', () => {
    expect(externalUrl('https://fb.me/ad/123')).toBe('https://fb.me/ad/123');
    expect(externalUrl('http://shop.example/a')).toBe('http://shop.example/a');
    expect(externalUrl('javascript:alert(1)')).toBeNull();
    expect(externalUrl('not a url')).toBeNull();
    expect(externalUrl(undefined)).toBeNull();
  });
});
