import { en, type Messages } from './en';
import { ja } from './ja';

export const dictionaries = { en, ja } satisfies Record<string, Messages>;

export type Lang = keyof typeof dictionaries;

/** Each language named in itself, for the switcher. */
export const languageNames: Record<Lang, string> = { en: 'English', ja: '日本語' };

export const isLang = (v: string): v is Lang => Object.hasOwn(dictionaries, v);

const base = (tag: string): string => tag.toLowerCase().split('-')[0] ?? '';

/** The saved choice wins; then the browser's preferred languages; then English. */
export function pickLanguage(saved: string | null, preferred: readonly string[]): Lang {
  if (saved !== null && isLang(saved)) return saved;
  for (const tag of preferred) {
    const lang = base(tag);
    if (isLang(lang)) return lang;
  }
  return 'en';
}

/** The locale for Intl: the browser's own regional variant of the language if it has one (en-GB dates). */
export function pickLocale(lang: Lang, preferred: readonly string[]): string {
  return preferred.find((tag) => base(tag) === lang) ?? lang;
}
