import i18next, { type i18n } from 'i18next';
import type { Lang } from './languages';
import { resources } from './resources';
import type { Translate } from './translate';

/** A real i18next instance in one language, e.g. for an `I18nextProvider` around rendered markup. */
export function i18nInstance(lang: Lang): i18n {
  const instance = i18next.createInstance();
  void instance.init({
    resources,
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
