import { useTranslation } from 'react-i18next';
import { currentLang } from './i18n';
import { pickLocale, type Lang } from './languages';

/** The language the app speaks and the BCP 47 locale to format dates and numbers in. */
export function useLocale(): { lang: Lang; locale: string } {
  useTranslation(); // renders again when the language changes
  const lang = currentLang();
  return { lang, locale: pickLocale(lang, navigator.languages) };
}
