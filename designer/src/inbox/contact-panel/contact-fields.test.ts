import { tagLength, tagsPerContact } from '@parley/contracts';
import { describe, expect, it } from 'vitest';
import {
  addTag,
  checkLanguage,
  isCommonLanguage,
  languageName,
  normaliseTag,
  removeTag,
} from './contact-fields';

describe('the language', () => {
  it('takes BCP 47 tags as the contract does', () => {
    expect(checkLanguage('ja')).toEqual({ language: 'ja' });
    expect(checkLanguage(' en-GB ')).toEqual({ language: 'en-GB' });
    expect(checkLanguage('zh-Hant-TW')).toEqual({ language: 'zh-Hant-TW' });
    expect(checkLanguage('Japanese')).toEqual({ problem: 'invalid' });
    expect(checkLanguage('')).toEqual({ problem: 'invalid' });
    expect(checkLanguage('en_GB')).toEqual({ problem: 'invalid' });
  });

  it('names a tag in the reader’s language, or shows the tag', () => {
    expect(languageName('ja', 'en')).toBe('Japanese');
    expect(languageName('ja', 'ja')).toBe('日本語');
    expect(languageName('not a tag', 'en')).toBe('not a tag');
  });

  it('knows the common languages whatever their case', () => {
    expect(isCommonLanguage('pt-br')).toBe(true);
    expect(isCommonLanguage('sv')).toBe(false);
    expect(isCommonLanguage(null)).toBe(false);
  });
});

describe('the tags', () => {
  it('normalises as the engine does', () => {
    expect(normaliseTag('  ＶＩＰ   Customer ')).toBe('vip customer');
  });

  it('adds a tag to the list the PATCH replaces', () => {
    expect(addTag(['vip'], ' wholesale ')).toEqual({ tags: ['vip', 'wholesale'] });
  });

  it('refuses an empty tag, one already there once normalised, one too long, one too many', () => {
    expect(addTag(['vip'], '   ')).toEqual({ problem: 'empty' });
    expect(addTag(['vip'], 'ＶＩＰ')).toEqual({ problem: 'duplicate' });
    expect(addTag([], 'x'.repeat(tagLength + 1))).toEqual({ problem: 'tooLong', limit: tagLength });
    const full = Array.from({ length: tagsPerContact }, (_, i) => `tag ${i}`);
    expect(addTag(full, 'one more')).toEqual({ problem: 'tooMany', limit: tagsPerContact });
  });

  it('removes a tag', () => {
    expect(removeTag(['a', 'b', 'c'], 'b')).toEqual(['a', 'c']);
  });
});
