import type { en } from './locales/en';
import type { creditsPageWords } from './locales/credits-page';
import type { flowSettingsWords } from './locales/flow-settings-page';
import type { flowsPagesWords } from './locales/flows-pages';
import type { routingPagesWords } from './locales/routing-pages';

declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    /** The app's dictionary and the words its lazily loaded pages add to it. */
    resources: {
      translation: typeof en &
        (typeof creditsPageWords)['en'] &
        (typeof routingPagesWords)['en'] &
        (typeof flowsPagesWords)['en'] &
        (typeof flowSettingsWords)['en'];
    };
  }
}
