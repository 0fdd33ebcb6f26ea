import type { FlowRunResponse } from '@parley/contracts';
import type { FlowDropReason } from '@parley/workflows/flows';
import type { Sql } from '../infrastructure/database/database.js';
import { ApiError } from '../infrastructure/http/api-error.js';

const iso = (value: Date | string | number) => new Date(value).toISOString();
const isoOrNull = (value: Date | string | number | null | undefined) => (value == null ? null : iso(value));

function runsQuery(sql: Sql, organisationId: string) {
  return sql
    .selectFrom('FlowRun as r')
    .leftJoin('FlowVersion as v', 'v.id', 'r.flowVersion')
    .select([
      'r.id',
      'r.flow',
      'v.version',
      'r.test',
      'r.conversation',
      'r.status',
      'r.dropReason',
      'r.detail',
      'r.currentNode',
      'r.startedAt',
      'r.endedAt',
    ])
    .where('r.organisation', '=', organisationId);
}

type RunRow = Awaited<ReturnType<ReturnType<typeof runsQuery>['execute']>>[number];

const runOf = (row: RunRow, steps: FlowRunResponse['steps']): FlowRunResponse => ({
  id: row.id,
  flowId: row.flow,
  version: row.version ?? null,
  test: Boolean(row.test),
  conversationId: row.conversation,
  status: row.status,
  dropReason: row.dropReason ?? null,
  detail: row.detail ?? null,
  currentNodeId: row.status === 'running' ? (row.currentNode ?? null) : null,
  startedAt: iso(row.startedAt),
  endedAt: isoOrNull(row.endedAt),
  steps,
});

/** One run with its steps in order; a test run's steps carry what they saw and did. */
export async function flowRun(sql: Sql, organisationId: string, id: string): Promise<FlowRunResponse> {
  const row = await runsQuery(sql, organisationId).where('r.id', '=', id).executeTakeFirst();
  if (!row) throw new ApiError(404, 'NOT_FOUND', `flow run ${id} does not exist`);
  const steps = await sql
    .selectFrom('FlowStep')
    .select(['seq', 'nodeId', 'nodeType', 'enteredAt', 'exitedAt', 'port', 'dropReason', 'trace'])
    .where('run', '=', id)
    .orderBy('seq')
    .execute();
  return runOf(
    row,
    steps.map((step) => {
      const trace = row.test ? (step.trace ?? null) : null;
      return {
        seq: step.seq,
        nodeId: step.nodeId,
        nodeType: step.nodeType,
        enteredAt: iso(step.enteredAt),
        exitedAt: isoOrNull(step.exitedAt),
        port: step.port ?? null,
        dropReason: (step.dropReason ?? null) as FlowDropReason | null,
        ...(trace ? { input: trace.input, output: trace.output, effects: trace.effects } : {}),
      };
    }),
  );
}

/** A flow's latest runs, newest first, without their steps (or only test runs, or only real ones). */
export async function flowRuns(
  sql: Sql,
  organisationId: string,
  flowId: string,
  filter: { test?: boolean; limit: number },
): Promise<FlowRunResponse[]> {
  let query = runsQuery(sql, organisationId)
    .where('r.flow', '=', flowId)
    .orderBy('r.startedAt', 'desc')
    .orderBy('r.id', 'desc')
    .limit(filter.limit);
  if (filter.test !== undefined) query = query.where('r.test', '=', filter.test);
  return (await query.execute()).map((row) => runOf(row, []));
}
