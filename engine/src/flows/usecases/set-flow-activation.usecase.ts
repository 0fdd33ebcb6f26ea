import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import type { FlowSummary, flowActivationSchema } from '@parley/contracts';
import { validateFlow } from '@parley/workflows/flows';
import type { z } from 'zod';
import { recordAudit } from '../../audit/record-audit.js';
import type { Caller } from '../../auth/caller.js';
import { Database, type Sql } from '../../infrastructure/database/database.js';
import { ApiError } from '../../infrastructure/http/api-error.js';
import { flowInvalid } from '../flow-invalid.js';
import { flowDetail, requireFlow, summaryOf } from '../flow-rows.js';
import { activatedAccounts, FlowValidationContextBuilder } from '../flow-validation-context.builder.js';
import { requireVersion } from '../flow-versions.js';
import { FlowTriggers } from '../triggers/flow-triggers.service.js';

/**
 * Sets the channel accounts a flow's published version listens on (admins); an empty list turns
 * it off. Needs a published version (409 FLOW_NOT_PUBLISHED), accounts of the organisation (400
 * naming each other one), and a version that keeps within the new channels' limits (422).
 */
@Injectable()
export class SetFlowActivationUseCase {
  constructor(
    private readonly database: Database,
    private readonly contexts: FlowValidationContextBuilder,
    private readonly triggers: FlowTriggers,
  ) {}

  async execute(
    caller: Caller,
    id: string,
    input: z.output<typeof flowActivationSchema>,
  ): Promise<FlowSummary> {
    const result = await this.database.transaction(async (sql) => {
      await this.database.lockRow(sql, 'flows', id);
      const flow = await requireFlow(sql, caller.organisationId, id);
      const accountIds = [...new Set(input.channelAccountIds)];
      await requireAccounts(sql, caller.organisationId, input.channelAccountIds);
      const organisation = await this.contexts.load(caller.organisationId, sql);
      if (accountIds.length > 0) {
        if (flow.publishedVersion === null)
          throw new ApiError(
            409,
            'FLOW_NOT_PUBLISHED',
            `${flow.name} has no published version yet; publish it before turning it on`,
          );
        const { graph } = await requireVersion(sql, id, flow.publishedVersion);
        const { problems } = validateFlow(graph, organisation.context(accountIds, id));
        if (problems.length > 0)
          throw flowInvalid(`version ${flow.publishedVersion} on these channels`, problems);
      }
      const before = await activatedAccounts(sql, id);
      await sql.deleteFrom('FlowActivation').where('flow', '=', id).execute();
      const now = new Date();
      if (accountIds.length > 0)
        await sql
          .insertInto('FlowActivation')
          .values(
            accountIds.map((channelAccount) => ({
              id: randomUUID(),
              organisation: caller.organisationId,
              flow: id,
              channelAccount,
              createdAt: now,
            })),
          )
          .execute();
      await recordAudit(sql, {
        actor: caller,
        action: 'flow.activation_updated',
        target: { type: 'flow', id, label: flow.name },
        before: { channelAccountIds: before },
        after: { channelAccountIds: accountIds },
      });
      return summaryOf(await flowDetail(sql, organisation, caller.organisationId, id));
    });
    // Intake reads the active triggers again (other processes within seconds: FlowTriggers).
    this.triggers.invalidate();
    return result;
  }
}

/** Refuses (400, naming each) ids that are no connected channel account of the organisation. */
async function requireAccounts(sql: Sql, organisationId: string, ids: string[]): Promise<void> {
  if (ids.length === 0) return;
  const known = new Set(
    (
      await sql
        .selectFrom('ChannelAccount')
        .select('id')
        .where('organisation', '=', organisationId)
        .where('disconnectedAt', 'is', null)
        .where('id', 'in', ids)
        .execute()
    ).map((row) => row.id),
  );
  const issues = ids.flatMap((accountId, index) =>
    known.has(accountId)
      ? []
      : [
          {
            path: `channelAccountIds.${index}`,
            message: 'is not a connected channel account of this organisation',
          },
        ],
  );
  if (issues.length > 0)
    throw new ApiError(
      400,
      'INVALID_INPUT',
      `Invalid body: ${issues.map((issue) => `${issue.path}: ${issue.message}`).join('; ')}`,
      issues,
    );
}
