import { randomUUID } from 'node:crypto';
import { validateFlow, type FlowGraph } from '@parley/workflows/flows';
import type { Caller } from '../auth/caller.js';
import type { Sql } from '../infrastructure/database/database.js';
import { flowInvalid } from './flow-invalid.js';
import { activatedAccounts, type OrganisationFlowContext } from './flow-validation-context.builder.js';

/**
 * Adds the flow's next version (one more than its latest) with `graph`, and makes it the one new
 * conversations start in. Runs already going stay in the version they started with. Only a graph
 * the validator finds no problem in, against `organisation` as it is now and the channel accounts
 * the flow is on: else 422 FLOW_INVALID with every problem of the draft (or of the version rolled
 * back to).
 */
export async function publishVersion(
  sql: Sql,
  caller: Caller,
  flowId: string,
  organisation: OrganisationFlowContext,
  version: { graph: FlowGraph; note: string; rolledBackFrom: number | null },
): Promise<number> {
  const context = organisation.context(await activatedAccounts(sql, flowId), flowId);
  const { problems } = validateFlow(version.graph, context);
  if (problems.length > 0)
    throw flowInvalid(
      version.rolledBackFrom === null ? 'the draft' : `version ${version.rolledBackFrom}`,
      problems,
    );
  const latest = await sql
    .selectFrom('FlowVersion')
    .select((eb) => eb.fn.max('version').as('version'))
    .where('flow', '=', flowId)
    .executeTakeFirst();
  const number = Number(latest?.version ?? 0) + 1;
  const now = new Date();
  await sql
    .insertInto('FlowVersion')
    .values({
      id: randomUUID(),
      organisation: caller.organisationId,
      flow: flowId,
      version: number,
      graph: version.graph,
      note: version.note,
      rolledBackFrom: version.rolledBackFrom,
      publishedAt: now,
      publishedBy: caller.userId,
    })
    .execute();
  await sql
    .updateTable('Flow')
    .set({ publishedVersion: number, updatedAt: now, updatedBy: caller.userId })
    .where('id', '=', flowId)
    .execute();
  return number;
}
