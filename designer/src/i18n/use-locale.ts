import { useTranslation } from 'react-i18next';
import { langOf, pickLocale, type Lang } from './languages';

/** The language the app speaks and the BCP 47 locale to format dates and numbers in. */
export function useLocale(): { lang: Lang; locale: string } {
  const { i18n } = useTranslation();
  const lang = langOf(i18n.resolvedLanguage ?? i18n.language);
  return { lang, locale: pickLocale(lang, navigator.languages) };
}
