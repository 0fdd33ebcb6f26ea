import i18next from 'i18next';
import type { Lang } from './languages';
import { resources } from './resources';
import type { Translate } from './translate';

/** A real i18next `t` in one language, for tests of pure functions that take one. */
export function translator(lang: Lang): Translate {
  const instance = i18next.createInstance();
  void instance.init({
    resources,
    lng: lang,
    fallbackLng: false,
    initAsync: false,
    interpolation: { escapeValue: false },
  });
  return instance.getFixedT(lang);
}
