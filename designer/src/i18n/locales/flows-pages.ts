import { flowAnalytics as enAnalytics } from './en/flow-analytics';
import { flowDraft as enDraft } from './en/flow-draft';
import { flowTest as enTest } from './en/flow-test';
import { flowVersions as enVersions } from './en/flow-versions';
import { flowsPage as enFlows } from './en/flows-page';
import { flowAnalytics as jaAnalytics } from './ja/flow-analytics';
import { flowDraft as jaDraft } from './ja/flow-draft';
import { flowTest as jaTest } from './ja/flow-test';
import { flowVersions as jaVersions } from './ja/flow-versions';
import { flowsPage as jaFlows } from './ja/flows-page';

/**
 * The words of Flows and of a flow's page and tabs, in every language. They come with those pages'
 * chunks rather than the app's first download, and join the one namespace when either loads
 * (`addPageWords`).
 */
export const flowsPagesWords = {
  en: {
    flowsPage: enFlows,
    flowDraft: enDraft,
    flowVersions: enVersions,
    flowAnalytics: enAnalytics,
    flowTest: enTest,
  },
  ja: {
    flowsPage: jaFlows,
    flowDraft: jaDraft,
    flowVersions: jaVersions,
    flowAnalytics: jaAnalytics,
    flowTest: jaTest,
  },
} as const;
