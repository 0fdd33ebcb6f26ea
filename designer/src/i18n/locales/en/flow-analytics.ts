/** A flow's Analytics tab: how one version's runs went in a period, node by node. */
export const flowAnalytics = {
  canvasFailed: 'Couldn’t read this version’s graph for the canvas.',
  intro:
    'Runs that started in the period, test runs left out. Refreshed every 10 seconds while this tab is open.',
  unpublished: 'Nothing is published yet: analytics follow the runs of published versions.',
  loadFailed: 'Couldn’t load the analytics.',
  version: 'Version',
  currentVersion: 'Version {{version}} (current)',
  period: 'Period',
  periods: {
    day: 'Last 24 hours',
    week: 'Last 7 days',
    month: 'Last 30 days',
    all: 'All time',
  },
  totals: {
    started: 'Started',
    running: 'Running',
    completed: 'Completed',
    assigned: 'Assigned to people',
    dropped: 'Dropped',
  },
  tableLabel: 'Runs by node',
  noNodes: 'No run reached a node in this period.',
  column: {
    node: 'Node',
    entered: 'Entered',
    completed: 'Left by output',
    dropped: 'Dropped',
    waiting: 'Waiting now',
    median: 'Median time in node',
  },
} as const;
