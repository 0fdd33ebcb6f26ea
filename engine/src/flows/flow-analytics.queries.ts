import type { FlowDropReason } from '@parley/workflows/flows';
import { sql as raw } from 'kysely';
import type { Sql } from '../infrastructure/database/database.js';

/** Which runs count: those of one version (by its row id) that started in the period; never test runs. */
export interface AnalyticsScope {
  versionId: string;
  from?: Date;
  to?: Date;
}

/** Durations the median is taken over: each node's latest steps, at most this many. */
export const medianSampleSize = 10_000;

function runsOf(sql: Sql, scope: AnalyticsScope) {
  let query = sql.selectFrom('FlowRun as r').where('r.test', '=', false);
  if (scope.from) query = query.where('r.startedAt', '>=', scope.from);
  if (scope.to) query = query.where('r.startedAt', '<', scope.to);
  return query;
}

/** Runs of the version by status. */
export function runTotals(sql: Sql, scope: AnalyticsScope) {
  return runsOf(sql, scope)
    .select(['r.status', (eb) => eb.fn.countAll<number>().as('count')])
    .where('r.flowVersion', '=', scope.versionId)
    .groupBy('r.status')
    .execute();
}

/** Running runs of the version resting in each node now. */
export function waitingByNode(sql: Sql, scope: AnalyticsScope) {
  return runsOf(sql, scope)
    .select(['r.currentNode', (eb) => eb.fn.countAll<number>().as('count')])
    .where('r.flowVersion', '=', scope.versionId)
    .where('r.status', '=', 'running')
    .where('r.currentNode', 'is not', null)
    .groupBy('r.currentNode')
    .execute();
}

/**
 * Steps recorded in the version's nodes (by whichever run passed through them: one that came
 * from another flow records this version's steps too), by node, output taken and drop reason.
 */
export async function stepCounts(sql: Sql, scope: AnalyticsScope) {
  const rows = await runsOf(sql, scope)
    .innerJoin('FlowStep as s', 's.run', 'r.id')
    .select(['s.nodeId', 's.port', 's.dropReason', (eb) => eb.fn.countAll<number>().as('count')])
    .where('s.flowVersion', '=', scope.versionId)
    .groupBy(['s.nodeId', 's.port', 's.dropReason'])
    .execute();
  return rows.map((row) => ({
    nodeId: row.nodeId,
    port: row.port ?? null,
    dropReason: (row.dropReason ?? null) as FlowDropReason | null,
    count: Number(row.count),
  }));
}

/**
 * Each node's median time from entering to leaving, in ms, over its latest `medianSampleSize`
 * steps. The database computes each step's duration (SQLite keeps datetimes as ms since the epoch).
 */
export async function medianDurations(
  sql: Sql,
  dialect: 'sqlite' | 'postgresql',
  scope: AnalyticsScope,
): Promise<Map<string, number>> {
  const duration =
    dialect === 'postgresql'
      ? raw<number>`extract(epoch from (s.exited_at - s.entered_at)) * 1000`
      : raw<number>`s.exited_at - s.entered_at`;
  const latest = runsOf(sql, scope)
    .innerJoin('FlowStep as s', 's.run', 'r.id')
    .select((eb) => [
      // Named here: the outer query reads a derived table, whose columns the ORM does not rename.
      's.nodeId as nodeId',
      duration.as('ms'),
      eb.fn
        .agg<number>('row_number')
        .over((over) => over.partitionBy('s.nodeId').orderBy('s.enteredAt', 'desc'))
        .as('recency'),
    ])
    .where('s.flowVersion', '=', scope.versionId);
  const rows = await sql
    .selectFrom(latest.as('latest'))
    .select(['nodeId', 'ms'])
    .where('recency', '<=', medianSampleSize)
    .execute();
  const durations = new Map<string, number[]>();
  for (const row of rows) {
    const values = durations.get(row.nodeId);
    if (values) values.push(Number(row.ms));
    else durations.set(row.nodeId, [Number(row.ms)]);
  }
  return new Map([...durations].map(([nodeId, values]) => [nodeId, median(values)]));
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}
