import { en } from './locales/en';
import { ja } from './locales/ja';

/** Every language's dictionary, in i18next's one namespace. Pure data: tests read it too. */
export const resources = {
  en: { translation: en },
  ja: { translation: ja },
} as const;
