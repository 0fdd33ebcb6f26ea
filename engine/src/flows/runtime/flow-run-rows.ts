import { randomUUID } from 'node:crypto';
import type { FlowDropReason, FlowGraph, FlowRunEnd, FlowStepRecord } from '@parley/workflows/flows';
import type { Sql } from '../../infrastructure/database/database.js';

/**
 * A run started at `startedAt`, resting nowhere yet: of a published version (`versionId`), or a
 * test run of the draft (`testGraph`, no version) started by `startedBy`.
 */
export async function insertStartedRun(
  sql: Sql,
  run: {
    id: string;
    organisationId: string;
    flowId: string;
    conversationId: string;
    versionId: string | null;
    testGraph: FlowGraph | null;
    startedBy: string | null;
    startedAt: Date;
  },
) {
  await sql
    .insertInto('FlowRun')
    .values({
      id: run.id,
      organisation: run.organisationId,
      flow: run.flowId,
      flowVersion: run.versionId,
      conversation: run.conversationId,
      test: run.testGraph !== null,
      testGraph: run.testGraph,
      status: 'running',
      dropReason: null,
      detail: null,
      currentNode: null,
      restingSince: null,
      startedAt: run.startedAt,
      endedAt: null,
      startedBy: run.startedBy,
    })
    .execute();
}

/** A run's steps, once each however often its turn is retried (unique per run and position). */
export async function recordSteps(
  sql: Sql,
  organisationId: string,
  runId: string,
  records: readonly FlowStepRecord[],
) {
  if (records.length === 0) return;
  await sql
    .insertInto('FlowStep')
    .values(
      records.map((step) => ({
        id: randomUUID(),
        organisation: organisationId,
        run: runId,
        flowVersion: isTestVersion(step.versionId) ? null : step.versionId,
        seq: step.seq,
        nodeId: step.nodeId,
        nodeType: step.nodeType,
        enteredAt: new Date(step.enteredAt),
        exitedAt: new Date(step.exitedAt),
        port: step.port,
        dropReason: step.dropReason ?? null,
        trace: step.trace ? { ...step.trace } : null,
      })),
    )
    .onConflict((conflict) => conflict.columns(['run', 'seq']).doNothing())
    .execute();
}

/** Where a running run rests now (the node, and since when), once its turn ended waiting there. */
export async function markResting(
  sql: Sql,
  runId: string,
  resting: { nodeId: string; since: string } | null,
) {
  if (!resting) return;
  await sql
    .updateTable('FlowRun')
    .set({ currentNode: resting.nodeId, restingSince: new Date(resting.since) })
    .where('id', '=', runId)
    .where('status', '=', 'running')
    .execute();
}

/** A test run's draft has no version row: its steps name none. */
export const testVersionId = (runId: string) => `test:${runId}`;
const isTestVersion = (versionId: string) => versionId.startsWith('test:');

/**
 * Ends a running run (a run already ended stays as it ended) and frees its conversation for the
 * next trigger. Answers whether this call ended it.
 */
export async function endRun(sql: Sql, runId: string, end: FlowRunEnd, now: Date): Promise<boolean> {
  const ended = await sql
    .updateTable('FlowRun')
    .set({
      status: end.status,
      dropReason: end.status === 'dropped' ? (end.reason ?? 'failed') : null,
      detail: end.detail?.slice(0, 500) ?? null,
      currentNode: null,
      restingSince: null,
      endedAt: now,
    })
    .where('id', '=', runId)
    .where('status', '=', 'running')
    .executeTakeFirst();
  await sql
    .updateTable('Conversation')
    .set({ activeFlowRun: null })
    .where('activeFlowRun', '=', runId)
    .execute();
  return Number(ended.numUpdatedRows) > 0;
}

/**
 * Drops a running run where it rests, recording its stay in that node with the reason: a person
 * took over, a send found the window closed, or a newer run replaced it.
 */
export async function dropRun(sql: Sql, runId: string, reason: FlowDropReason, detail: string, now: Date) {
  const run = await sql
    .selectFrom('FlowRun')
    .select(['organisation', 'flowVersion', 'currentNode', 'restingSince', 'status'])
    .where('id', '=', runId)
    .executeTakeFirst();
  if (!run || run.status !== 'running') return;
  if (run.currentNode && run.restingSince) {
    const last = await sql
      .selectFrom('FlowStep')
      .select((eb) => eb.fn.max('seq').as('seq'))
      .where('run', '=', runId)
      .executeTakeFirst();
    const node = await restingNodeType(sql, runId, run.currentNode);
    await recordSteps(sql, run.organisation, runId, [
      {
        seq: (last?.seq ?? -1) + 1,
        versionId: run.flowVersion ?? testVersionId(runId),
        nodeId: run.currentNode,
        nodeType: node,
        enteredAt: new Date(run.restingSince).toISOString(),
        exitedAt: now.toISOString(),
        port: null,
        dropReason: reason,
      },
    ]);
  }
  await endRun(sql, runId, { status: 'dropped', reason, detail }, now);
}

async function restingNodeType(sql: Sql, runId: string, nodeId: string): Promise<string> {
  const row = await sql
    .selectFrom('FlowRun')
    .leftJoin('FlowVersion', 'FlowVersion.id', 'FlowRun.flowVersion')
    .select(['FlowVersion.graph', 'FlowRun.testGraph'])
    .where('FlowRun.id', '=', runId)
    .executeTakeFirst();
  const graph = (row?.graph ?? row?.testGraph) as
    { nodes?: { id: string; type: string }[] } | null | undefined;
  return graph?.nodes?.find((node) => node.id === nodeId)?.type ?? 'unknown';
}

/**
 * A person takes the conversation (an assignment, in its transaction): the flow running on it
 * stops there, recorded as a `handoff` drop, and sends nothing more (docs/flows.md).
 */
export async function handOffFlow(sql: Sql, conversationId: string, now: Date): Promise<void> {
  const row = await sql
    .selectFrom('Conversation')
    .select('activeFlowRun')
    .where('id', '=', conversationId)
    .executeTakeFirst();
  if (row?.activeFlowRun) await dropRun(sql, row.activeFlowRun, 'handoff', 'a person took over', now);
}
