import { flowSettings as en } from './en/flow-settings';
import { flowSettings as ja } from './ja/flow-settings';

/**
 * Settings → Flow settings' words in every language. They come with the page's own chunk rather
 * than the app's first download, and join the one namespace when it loads (`addPageWords`).
 */
export const flowSettingsWords = { en: { flowSettings: en }, ja: { flowSettings: ja } } as const;
