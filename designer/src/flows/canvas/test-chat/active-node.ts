import type { FlowRunResponse } from '@parley/contracts';

/**
 * The node the canvas highlights for a test run: the one it waits in while running, else the last
 * node it passed (by the steps' order); null with no run, or a run with no step yet.
 */
export function activeNodeOf(run: FlowRunResponse | null | undefined): string | null {
  if (!run) return null;
  if (run.status === 'running' && run.currentNodeId) return run.currentNodeId;
  const last = [...run.steps].sort((a, b) => b.seq - a.seq)[0];
  return last?.nodeId ?? null;
}
