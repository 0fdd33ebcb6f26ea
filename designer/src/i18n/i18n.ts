import i18n from 'i18next';
import LanguageDetector from 'i18next-browser-languagedetector';
import { initReactI18next } from 'react-i18next';
import { langOf, languages, type Lang } from './languages';
import { resources } from './resources';

/** Where the language choice is kept between visits (and before anyone signs in). */
export const LANGUAGE_STORAGE_KEY = 'parley.language';

void i18n
  .use(LanguageDetector)
  .use(initReactI18next)
  .init({
    resources,
    supportedLngs: languages,
    nonExplicitSupportedLngs: true,
    fallbackLng: 'en',
    initAsync: false,
    interpolation: { escapeValue: false },
    detection: {
      order: ['localStorage', 'navigator'],
      lookupLocalStorage: LANGUAGE_STORAGE_KEY,
      caches: ['localStorage'],
    },
  });

const syncDocumentLanguage = () => {
  document.documentElement.lang = currentLang();
};
syncDocumentLanguage();
i18n.on('languageChanged', syncDocumentLanguage);

/** The language the app speaks now. */
export function currentLang(): Lang {
  return langOf(i18n.resolvedLanguage ?? i18n.language);
}

/**
 * Adds the words of a page loaded on demand to the app's dictionaries, in every language. Kept with
 * the instance in the app's first download, so pages in chunks of their own share it from there.
 */
export function addPageWords(words: Record<Lang, object>): void {
  for (const lang of languages) i18n.addResourceBundle(lang, 'translation', words[lang], true, false);
}

export { i18n };
