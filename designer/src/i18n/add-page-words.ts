import { i18n } from './i18n';
import { languages, type Lang } from './languages';

/** Adds the words of a page loaded on demand to the app's dictionaries, in every language. */
export function addPageWords(words: Record<Lang, object>): void {
  for (const lang of languages) i18n.addResourceBundle(lang, 'translation', words[lang], true, false);
}
