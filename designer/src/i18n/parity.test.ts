import { permissions } from '@parley/contracts';
import { describe, expect, it } from 'vitest';
import { scopeKeys } from '../api-tokens/scope-keys';
import { creditsPageWords } from './locales/credits-page';
import { flowSettingsWords } from './locales/flow-settings-page';
import { flowsPagesWords } from './locales/flows-pages';
import { en } from './locales/en';
import { ja } from './locales/ja';
import { routingPagesWords } from './locales/routing-pages';
import { translator } from './translator.test-support';

type Tree = { readonly [key: string]: string | Tree };

/** Every key of a dictionary, as the dotted path `t` takes, with its text. */
function entries(tree: Tree, prefix = ''): [string, string][] {
  return Object.entries(tree).flatMap(([key, value]) =>
    typeof value === 'string'
      ? [[prefix + key, value] as [string, string]]
      : entries(value, `${prefix}${key}.`),
  );
}

const variables = (text: string): string[] =>
  [...new Set([...text.matchAll(/\{\{\s*(\w+)\s*(?:,[^}]*)?\}\}/g)].map((m) => m[1] ?? ''))].sort();

describe('the Japanese and English dictionaries', () => {
  // With the words that lazily loaded pages add.
  const pages = [creditsPageWords, routingPagesWords, flowsPagesWords, flowSettingsWords] as const;
  const english = new Map(entries(Object.assign({}, en, ...pages.map((words) => words.en))));
  const japanese = new Map(entries(Object.assign({}, ja, ...pages.map((words) => words.ja))));

  it('have the same keys', () => {
    expect([...japanese.keys()].sort()).toEqual([...english.keys()].sort());
  });

  it('fill the same variables in every text', () => {
    for (const [key, text] of english) {
      expect(variables(japanese.get(key) ?? ''), key).toEqual(variables(text));
    }
  });

  it('leave no text empty', () => {
    for (const [key, text] of [...english, ...japanese]) expect(text.trim(), key).not.toBe('');
  });

  it('describe every permission a token scope can carry', () => {
    for (const lang of ['en', 'ja'] as const) {
      const t = translator(lang);
      for (const permission of permissions) {
        expect(t(`tokens.scope.${scopeKeys[permission]}.label`)).not.toMatch(/^tokens\./);
        expect(t(`tokens.scope.${scopeKeys[permission]}.description`)).not.toMatch(/^tokens\./);
      }
    }
  });
});
