import { useEffect } from 'react';
import type { Lang } from './languages';
import { currentLang, i18n } from './i18n';

/** While someone is signed in, the app speaks the language saved in their profile. */
export function useSessionLanguage(locale: Lang): void {
  useEffect(() => {
    if (currentLang() !== locale) void i18n.changeLanguage(locale);
  }, [locale]);
}
