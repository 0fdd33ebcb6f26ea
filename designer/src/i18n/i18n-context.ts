import { createContext, useContext } from 'react';
import type { Messages } from './en';
import { en } from './en';
import type { Lang } from './languages';

export interface I18n {
  lang: Lang;
  /** BCP 47 locale for Intl formatting. */
  locale: string;
  t: Messages;
  setLang: (lang: Lang) => void;
}

export const I18nContext = createContext<I18n>({ lang: 'en', locale: 'en', t: en, setLang: () => undefined });

export const useI18n = (): I18n => useContext(I18nContext);
