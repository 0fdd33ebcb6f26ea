import { describe, expect, it } from 'vitest';
import { pickLanguage, pickLocale } from './languages';

describe('pickLanguage', () => {
  it('prefers the saved choice, then the browser languages, then English', () => {
    expect(pickLanguage('ja', ['en-US'])).toBe('ja');
    expect(pickLanguage(null, ['fr-FR', 'ja-JP', 'en'])).toBe('ja');
    expect(pickLanguage('xx', ['EN-gb'])).toBe('en');
    expect(pickLanguage(null, ['de'])).toBe('en');
  });
});

describe('pickLocale', () => {
  it('keeps the regional variant the browser asks for', () => {
    expect(pickLocale('en', ['ja-JP', 'en-GB'])).toBe('en-GB');
    expect(pickLocale('ja', ['en-US'])).toBe('ja');
  });
});
