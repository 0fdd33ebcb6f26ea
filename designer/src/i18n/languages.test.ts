import { describe, expect, it } from 'vitest';
import { langOf, pickLocale } from './languages';

describe('langOf', () => {
  it('reads the language of a tag, else English', () => {
    expect(langOf('ja-JP')).toBe('ja');
    expect(langOf('EN-gb')).toBe('en');
    expect(langOf('fr')).toBe('en');
    expect(langOf(undefined)).toBe('en');
  });
});

describe('pickLocale', () => {
  it('keeps the regional variant the browser asks for', () => {
    expect(pickLocale('en', ['ja-JP', 'en-GB'])).toBe('en-GB');
    expect(pickLocale('ja', ['en-US'])).toBe('ja');
  });
});
