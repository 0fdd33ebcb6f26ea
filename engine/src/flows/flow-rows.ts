import type { FlowDetail, FlowSummary } from '@parley/contracts';
import { type FlowGraph, validateFlow } from '@parley/workflows/flows';
import type { Sql } from '../infrastructure/database/database.js';
import { ApiError } from '../infrastructure/http/api-error.js';
import { canonicalJson } from './canonical-json.js';
import type { OrganisationFlowContext } from './flow-validation-context.builder.js';

const sameGraph = (a: FlowGraph, b: FlowGraph) => canonicalJson(a) === canonicalJson(b);

/** A flow's own row: what its use cases read before they change it. */
export async function requireFlow(sql: Sql, organisationId: string, id: string) {
  const flow = await sql
    .selectFrom('Flow')
    .select(['id', 'name', 'description', 'draftGraph', 'draftRevision', 'publishedVersion'])
    .where('id', '=', id)
    .where('organisation', '=', organisationId)
    .where('archivedAt', 'is', null)
    .executeTakeFirst();
  if (!flow) throw new ApiError(404, 'NOT_FOUND', `flow ${id} does not exist`);
  return flow;
}

/**
 * The organisation's flows (or those of `ids`; archived ones too when asked) by name, each draft
 * validated against its own channels, from one load of `organisation`.
 */
export async function flowDetails(
  sql: Sql,
  organisation: OrganisationFlowContext,
  organisationId: string,
  { ids, archived = false }: { ids?: string[]; archived?: boolean } = {},
): Promise<FlowDetail[]> {
  if (ids?.length === 0) return [];
  let query = sql
    .selectFrom('Flow as f')
    .leftJoin('FlowVersion as v', (join) =>
      join.onRef('v.flow', '=', 'f.id').onRef('v.version', '=', 'f.publishedVersion'),
    )
    .leftJoin('User as u', 'u.id', 'f.updatedBy')
    .select([
      'f.id',
      'f.name',
      'f.description',
      'f.draftGraph',
      'f.draftRevision',
      'f.publishedVersion',
      'f.updatedAt',
      'v.graph',
      'u.id as updatedById',
      'u.name as updatedByName',
    ])
    .where('f.organisation', '=', organisationId)
    .orderBy('f.name')
    .orderBy('f.id');
  if (ids) query = query.where('f.id', 'in', ids);
  if (!archived) query = query.where('f.archivedAt', 'is', null);
  const flows = await query.execute();
  if (flows.length === 0) return [];
  const flowIds = flows.map((flow) => flow.id);
  const activations = await sql
    .selectFrom('FlowActivation')
    .select(['flow', 'channelAccount'])
    .where('flow', 'in', flowIds)
    .orderBy('createdAt')
    .execute();
  const running = await sql
    .selectFrom('FlowRun')
    .select(['flow', (eb) => eb.fn.countAll<number>().as('count')])
    .where('flow', 'in', flowIds)
    .where('status', '=', 'running')
    .where('test', '=', false)
    .groupBy('flow')
    .execute();
  const accountsOf = new Map<string, string[]>();
  for (const row of activations)
    accountsOf.set(row.flow, [...(accountsOf.get(row.flow) ?? []), row.channelAccount]);
  const runningOf = new Map(running.map((row) => [row.flow, Number(row.count)]));
  return flows.map((flow) => {
    const channelAccountIds = accountsOf.get(flow.id) ?? [];
    const problems = validateFlow(flow.draftGraph, organisation.context(channelAccountIds, flow.id)).problems;
    const published = flow.publishedVersion !== null;
    return {
      id: flow.id,
      name: flow.name,
      description: flow.description,
      status: !published ? 'draft' : channelAccountIds.length > 0 ? 'active' : 'inactive',
      publishedVersion: flow.publishedVersion ?? null,
      unpublishedChanges: !flow.graph || !sameGraph(flow.draftGraph, flow.graph),
      channelAccountIds,
      problemCount: problems.length,
      runningCount: runningOf.get(flow.id) ?? 0,
      updatedAt: new Date(flow.updatedAt).toISOString(),
      updatedBy:
        flow.updatedById && flow.updatedByName ? { id: flow.updatedById, name: flow.updatedByName } : null,
      draft: { graph: flow.draftGraph, revision: flow.draftRevision },
      problems,
    };
  });
}

/** One flow with its draft and the draft's problems; 404 when it is not the organisation's. */
export async function flowDetail(
  sql: Sql,
  organisation: OrganisationFlowContext,
  organisationId: string,
  id: string,
  options: { archived?: boolean } = {},
): Promise<FlowDetail> {
  const [flow] = await flowDetails(sql, organisation, organisationId, { ids: [id], ...options });
  if (!flow) throw new ApiError(404, 'NOT_FOUND', `flow ${id} does not exist`);
  return flow;
}

/** The summary of a flow's detail (the list leaves the draft out). */
export const summaryOf = ({ draft: _draft, problems: _problems, ...summary }: FlowDetail): FlowSummary =>
  summary;
