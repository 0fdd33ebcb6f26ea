import { randomUUID } from 'node:crypto';
import { validateFlow, type FlowGraph } from '@parley/workflows/flows';
import type { Caller } from '../../auth/caller.js';
import type { Sql } from '../../infrastructure/database/database.js';
import { ApiError } from '../../infrastructure/http/api-error.js';
import { flowInvalid } from '../flow-invalid.js';
import type { FlowValidationContextBuilder } from '../flow-validation-context.builder.js';
import { dropRun, insertStartedRun } from './flow-run-rows.js';

/** The conversation a test run goes to, as the caller read it in the same transaction. */
interface TestTarget {
  id: string;
  channelAccount: string;
  activeFlowRun: string | null;
}

/**
 * A test run of the flow's draft, claimed in `sql`'s transaction: the draft must pass the
 * validator for the conversation's channel (422 `FLOW_INVALID`), the run going there stops where it
 * rests (`handoff`, "replaced by a test run"), the test run is written and the conversation points
 * at it — only if still free, so a run started meanwhile (another tab, a trigger) makes this one
 * retry (409 `CONFLICT`). Returns the run's id; the caller signals it.
 */
export async function claimTestRun(
  sql: Sql,
  contexts: FlowValidationContextBuilder,
  caller: Caller,
  flow: { id: string; draftGraph: FlowGraph },
  conversation: TestTarget,
  now: Date,
): Promise<string> {
  const context = (await contexts.load(caller.organisationId, sql)).context(
    [conversation.channelAccount],
    flow.id,
  );
  const { problems } = validateFlow(flow.draftGraph, context);
  if (problems.length > 0) throw flowInvalid('the draft', problems);
  if (conversation.activeFlowRun)
    await dropRun(sql, conversation.activeFlowRun, 'handoff', 'replaced by a test run', now);
  const id = randomUUID();
  await insertStartedRun(sql, {
    id,
    organisationId: caller.organisationId,
    flowId: flow.id,
    conversationId: conversation.id,
    versionId: null,
    testGraph: flow.draftGraph,
    startedBy: caller.userId,
    startedAt: now,
  });
  const pointed = await sql
    .updateTable('Conversation')
    .set({ activeFlowRun: id })
    .where('id', '=', conversation.id)
    .where('activeFlowRun', 'is', null)
    .executeTakeFirst();
  if (Number(pointed.numUpdatedRows) === 0)
    throw new ApiError(
      409,
      'CONFLICT',
      'another run started in this conversation at the same time; try again',
    );
  return id;
}
