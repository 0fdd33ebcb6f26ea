import i18next, { type i18n } from 'i18next';
import { creditsPageWords } from './locales/credits-page';
import { flowSettingsWords } from './locales/flow-settings-page';
import { flowsPagesWords } from './locales/flows-pages';
import type { Lang } from './languages';
import { routingPagesWords } from './locales/routing-pages';
import { resources } from './resources';
import type { Translate } from './translate';

/** Every word of the app, its lazily loaded pages' too, as the app has them once those are open. */
const pageWords = [creditsPageWords, routingPagesWords, flowsPagesWords, flowSettingsWords] as const;
const allWords = {
  en: { translation: Object.assign({}, resources.en.translation, ...pageWords.map((words) => words.en)) },
  ja: { translation: Object.assign({}, resources.ja.translation, ...pageWords.map((words) => words.ja)) },
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
