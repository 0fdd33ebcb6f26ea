import { locales, type Locale } from '@parley/contracts';

export type Lang = Locale;
export const languages = locales;

/** Each language named in itself, for the switchers. */
export const languageNames: Record<Lang, string> = { en: 'English', ja: '日本語' };

export const isLang = (v: string | undefined | null): v is Lang =>
  v != null && (languages as readonly string[]).includes(v);

const base = (tag: string): string => tag.toLowerCase().split('-')[0] ?? '';

/** The language of a BCP 47 tag (`ja-JP` → `ja`), or English when the app does not speak it. */
export function langOf(tag: string | undefined | null): Lang {
  const lang = tag ? base(tag) : '';
  return isLang(lang) ? lang : 'en';
}

/** The locale for Intl: the browser's own regional variant of the language if it has one (en-GB dates). */
export function pickLocale(lang: Lang, preferred: readonly string[]): string {
  return preferred.find((tag) => base(tag) === lang) ?? lang;
}
