import type { FlowVersion, FlowVersionSummary } from '@parley/contracts';
import type { Sql } from '../infrastructure/database/database.js';
import { ApiError } from '../infrastructure/http/api-error.js';

interface FlowRef {
  id: string;
  publishedVersion: number | null;
}

/** One published version of a flow (the caller has checked the flow is theirs), or a 404. */
export async function requireVersion(sql: Sql, flowId: string, version: number) {
  const row = await sql
    .selectFrom('FlowVersion')
    .select(['id', 'version', 'graph'])
    .where('flow', '=', flowId)
    .where('version', '=', version)
    .executeTakeFirst();
  if (!row) throw new ApiError(404, 'VERSION_NOT_FOUND', `the flow has no version ${version}`);
  return row;
}

/**
 * A flow's versions, newest first (or only `version`), without their graphs, each with its
 * running (non-test) runs; `current` is the one new conversations start in.
 */
export async function flowVersionSummaries(
  sql: Sql,
  flow: FlowRef,
  version?: number,
): Promise<FlowVersionSummary[]> {
  let query = sql
    .selectFrom('FlowVersion as v')
    .leftJoin('User as u', 'u.id', 'v.publishedBy')
    .select([
      'v.id',
      'v.version',
      'v.note',
      'v.rolledBackFrom',
      'v.publishedAt',
      'u.id as publishedById',
      'u.name as publishedByName',
    ])
    .where('v.flow', '=', flow.id)
    .orderBy('v.version', 'desc');
  if (version !== undefined) query = query.where('v.version', '=', version);
  const rows = await query.execute();
  if (rows.length === 0) return [];
  const running = await sql
    .selectFrom('FlowRun')
    .select(['flowVersion', (eb) => eb.fn.countAll<number>().as('count')])
    .where('flow', '=', flow.id)
    .where('status', '=', 'running')
    .where('test', '=', false)
    .groupBy('flowVersion')
    .execute();
  const runningOf = new Map(running.map((row) => [row.flowVersion, Number(row.count)]));
  return rows.map((row) => ({
    version: row.version,
    note: row.note,
    publishedAt: new Date(row.publishedAt).toISOString(),
    publishedBy:
      row.publishedById && row.publishedByName ? { id: row.publishedById, name: row.publishedByName } : null,
    rolledBackFrom: row.rolledBackFrom ?? null,
    current: row.version === flow.publishedVersion,
    runningCount: runningOf.get(row.id) ?? 0,
  }));
}

/** One version with its graph, or a 404. */
export async function flowVersion(sql: Sql, flow: FlowRef, version: number): Promise<FlowVersion> {
  const { graph } = await requireVersion(sql, flow.id, version);
  const [summary] = await flowVersionSummaries(sql, flow, version);
  if (!summary) throw new ApiError(404, 'VERSION_NOT_FOUND', `the flow has no version ${version}`);
  return { ...summary, graph };
}
