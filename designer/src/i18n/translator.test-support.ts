import i18next, { type i18n } from 'i18next';
import { creditsPageWords } from './locales/credits-page';
import type { Lang } from './languages';
import { routingPagesWords } from './locales/routing-pages';
import { resources } from './resources';
import type { Translate } from './translate';

/** Every word of the app, its lazily loaded pages' too, as the app has them once those are open. */
const allWords = {
  en: { translation: { ...resources.en.translation, ...creditsPageWords.en, ...routingPagesWords.en } },
  ja: { translation: { ...resources.ja.translation, ...creditsPageWords.ja, ...routingPagesWords.ja } },
};

/** A real i18next instance in one language, e.g. for an `I18nextProvider` around rendered markup. */
export function i18nInstance(lang: Lang): i18n {
  const instance = i18next.createInstance();
  void instance.init({
    resources: allWords,
    lng: lang,
    fallbackLng: false,
    initAsync: false,
    interpolation: { escapeValue: false },
  });
  return instance;
}

/** A real i18next `t` in one language, for tests of pure functions that take one. */
export function translator(lang: Lang): Translate {
  return i18nInstance(lang).getFixedT(lang);
}
