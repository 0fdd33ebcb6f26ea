import { languageTag, templateLanguages, type TemplateLanguage } from '@parley/contracts';
import type { Lang } from '../i18n/languages';
import type { Translate } from '../i18n/translate';

const names = new Map<string, Intl.DisplayNames>();

/** A template language's name in the person's locale: `pt_BR` → "Brazilian Portuguese", or the code. */
export function languageName(code: string, locale: string): string {
  let display = names.get(locale);
  if (!display) names.set(locale, (display = new Intl.DisplayNames([locale], { type: 'language' })));
  try {
    return display.of(languageTag(code)) ?? code;
  } catch {
    return code; // not a tag Intl knows
  }
}

/** "Japanese (ja)", "日本語（ja）": the name and the code WhatsApp uses. */
export function languageLabel(code: string, locale: string, t: Translate): string {
  return t('templates.languageName', { name: languageName(code, locale), code });
}

/** The language a new template is written in by default: Japanese in Japanese, else US English. */
export const defaultTemplateLanguage = (lang: Lang): TemplateLanguage => (lang === 'ja' ? 'ja' : 'en_US');

/** Every language WhatsApp takes, the default first, the rest by name in the person's locale. */
export function languageChoices(lang: Lang, locale: string): TemplateLanguage[] {
  const first = defaultTemplateLanguage(lang);
  const collator = new Intl.Collator(locale);
  const rest = templateLanguages
    .filter((code) => code !== first)
    .sort((a, b) => collator.compare(languageName(a, locale), languageName(b, locale)));
  return [first, ...rest];
}
