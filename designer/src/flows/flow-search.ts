import { z } from 'zod';

/** The tabs of a flow's page. */
export const flowTabs = ['draft', 'versions', 'analytics', 'test'] as const;
export type FlowTab = (typeof flowTabs)[number];

/** The periods analytics covers: runs that started within the last 24 hours, 7 or 30 days, or ever. */
export const analyticsPeriods = ['day', 'week', 'month', 'all'] as const;
export type AnalyticsPeriod = (typeof analyticsPeriods)[number];

const versionNumber = z.coerce.number().int().min(1);

/**
 * A flow page's address (`/flows/…?tab=versions&from=2&to=draft`): the tab and each tab's choices,
 * so a reload or a shared link shows the same. A value this version does not know is dropped.
 */
export const flowSearch = z.object({
  tab: z.enum(flowTabs).optional().catch(undefined),
  /** Versions: the two sides of the diff shown. */
  from: versionNumber.optional().catch(undefined),
  to: z
    .union([z.literal('draft'), versionNumber])
    .optional()
    .catch(undefined),
  /** Analytics: the version (the current one when absent) and the period. */
  version: versionNumber.optional().catch(undefined),
  period: z.enum(analyticsPeriods).optional().catch(undefined),
  /** Test: the test run whose trace is shown. */
  run: z.uuid().optional().catch(undefined),
});
