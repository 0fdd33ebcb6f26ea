import { flowAnalytics as enAnalytics } from './en/flow-analytics';
import { flowCanvas as enCanvas } from './en/flow-canvas';
import { flowDraft as enDraft } from './en/flow-draft';
import { flowPanel as enPanel } from './en/flow-panel';
import { flowTest as enTest } from './en/flow-test';
import { flowTestChat as enTestChat } from './en/flow-test-chat';
import { flowVersions as enVersions } from './en/flow-versions';
import { flowsPage as enFlows } from './en/flows-page';
import { flowAnalytics as jaAnalytics } from './ja/flow-analytics';
import { flowCanvas as jaCanvas } from './ja/flow-canvas';
import { flowDraft as jaDraft } from './ja/flow-draft';
import { flowPanel as jaPanel } from './ja/flow-panel';
import { flowTest as jaTest } from './ja/flow-test';
import { flowTestChat as jaTestChat } from './ja/flow-test-chat';
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
    flowCanvas: enCanvas,
    flowPanel: enPanel,
    flowTestChat: enTestChat,
  },
  ja: {
    flowsPage: jaFlows,
    flowDraft: jaDraft,
    flowVersions: jaVersions,
    flowAnalytics: jaAnalytics,
    flowTest: jaTest,
    flowCanvas: jaCanvas,
    flowPanel: jaPanel,
    flowTestChat: jaTestChat,
  },
} as const;
