import { Client, Connection } from '@temporalio/client';

export interface HistoryCost {
  workflowType: string;
  /** Workflows of this type started in the window, and how many of them were sampled. */
  started: number;
  sampled: number;
  /** Averages per sampled workflow. */
  events: number;
  workflowTasks: number;
  activities: number;
  localActivities: number;
  timers: number;
  signals: number;
}

/**
 * The Temporal cost of the workflows started since `since` (grouped by type): history events,
 * workflow tasks, activities, local activities (markers), timers and signals, averaged over a
 * sample of each type. Read after a run, so it adds no load while measuring.
 */
export async function measureHistoryCost(
  address: string,
  namespace: string,
  since: Date,
  { sample = 20, exclude = [] as string[] } = {},
): Promise<HistoryCost[]> {
  const connection = await Connection.connect({ address });
  try {
    const client = new Client({ connection, namespace });
    const byType = new Map<string, { workflowId: string; runId: string }[]>();
    const query = `StartTime >= "${since.toISOString()}"`;
    for await (const execution of client.workflow.list({ query })) {
      if (exclude.includes(execution.type)) continue;
      const list = byType.get(execution.type) ?? [];
      list.push({ workflowId: execution.workflowId, runId: execution.runId });
      byType.set(execution.type, list);
    }
    const costs: HistoryCost[] = [];
    for (const [workflowType, executions] of byType) {
      const picked = executions.slice(0, sample);
      const totals = {
        events: 0,
        workflowTasks: 0,
        activities: 0,
        localActivities: 0,
        timers: 0,
        signals: 0,
      };
      for (const { workflowId, runId } of picked) {
        const history = await client.workflow.getHandle(workflowId, runId).fetchHistory();
        for (const event of history.events ?? []) {
          totals.events += 1;
          if (event.workflowTaskCompletedEventAttributes) totals.workflowTasks += 1;
          if (event.activityTaskScheduledEventAttributes) totals.activities += 1;
          if (event.markerRecordedEventAttributes) totals.localActivities += 1;
          if (event.timerStartedEventAttributes) totals.timers += 1;
          if (event.workflowExecutionSignaledEventAttributes) totals.signals += 1;
        }
      }
      const n = Math.max(1, picked.length);
      costs.push({
        workflowType,
        started: executions.length,
        sampled: picked.length,
        events: totals.events / n,
        workflowTasks: totals.workflowTasks / n,
        activities: totals.activities / n,
        localActivities: totals.localActivities / n,
        timers: totals.timers / n,
        signals: totals.signals / n,
      });
    }
    return costs;
  } finally {
    await connection.close().catch(() => {});
  }
}
