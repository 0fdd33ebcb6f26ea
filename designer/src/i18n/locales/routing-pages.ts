import { routingPage as enRouting } from './en/routing-page';
import { teamsPage as enTeams } from './en/teams-page';
import { routingPage as jaRouting } from './ja/routing-page';
import { teamsPage as jaTeams } from './ja/teams-page';

/**
 * Settings → Teams' and Settings → Routing rules' words in every language. They come with those
 * pages' chunks rather than the app's first download, and join the one namespace when either
 * loads (`addPageWords`).
 */
export const routingPagesWords = {
  en: { teamsPage: enTeams, routingPage: enRouting },
  ja: { teamsPage: jaTeams, routingPage: jaRouting },
} as const;
