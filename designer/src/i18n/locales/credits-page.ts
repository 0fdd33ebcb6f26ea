import { creditsPage as en } from './en/credits-page';
import { creditsPage as ja } from './ja/credits-page';

/**
 * Settings → Credits' words in every language. They come with the page's own chunk rather than
 * the app's first download, and join the one namespace when it loads (`addPageWords`).
 */
export const creditsPageWords = { en: { creditsPage: en }, ja: { creditsPage: ja } } as const;
