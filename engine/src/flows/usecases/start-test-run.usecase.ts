import { randomUUID } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import type { FlowRunResponse } from '@parley/contracts';
import { validateFlow } from '@parley/workflows/flows';
import type { Caller } from '../../auth/caller.js';
import { APP_CONFIG } from '../../infrastructure/config/config.module.js';
import type { AppConfig } from '../../infrastructure/config/config.schema.js';
import { Database } from '../../infrastructure/database/database.js';
import { ApiError } from '../../infrastructure/http/api-error.js';
import { OutboxRelay } from '../../outbox/outbox-relay.service.js';
import { resignalLatest } from '../../outbox/resignal-latest.js';
import { flowInvalid } from '../flow-invalid.js';
import { flowRun } from '../flow-runs.js';
import { requireFlow } from '../flow-rows.js';
import { FlowValidationContextBuilder } from '../flow-validation-context.builder.js';
import { requireTestConversation } from '../test-conversation.js';
import { dropRun, insertStartedRun } from '../runtime/flow-run-rows.js';

/**
 * Runs a flow's draft against one of the sandbox's customers (admins), from the conversation's
 * latest message: the run, the conversation's pointer to it and the signal to its workflow are
 * written in one transaction, and the outbox relay takes the signal after commit. A run already
 * going in the conversation is dropped (a handoff to the test run).
 */
@Injectable()
export class StartTestRunUseCase {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly database: Database,
    private readonly contexts: FlowValidationContextBuilder,
    private readonly relay: OutboxRelay,
  ) {}

  async execute(caller: Caller, flowId: string, conversationId: string): Promise<FlowRunResponse> {
    const runId = await this.database.transaction(async (sql) => {
      const flow = await requireFlow(sql, caller.organisationId, flowId);
      const conversation = await requireTestConversation(
        sql,
        this.config,
        caller.organisationId,
        conversationId,
      );
      // Checked against the channel it will run on.
      const context = (await this.contexts.load(caller.organisationId, sql)).context(
        [conversation.channelAccount],
        flowId,
      );
      const { problems } = validateFlow(flow.draftGraph, context);
      if (problems.length > 0) throw flowInvalid('the draft', problems);
      const now = new Date();
      // The run going there stops where it rests (recorded on its node), and frees the conversation.
      if (conversation.activeFlowRun)
        await dropRun(sql, conversation.activeFlowRun, 'handoff', 'replaced by a test run', now);
      const id = randomUUID();
      await insertStartedRun(sql, {
        id,
        organisationId: caller.organisationId,
        flowId,
        conversationId,
        versionId: null,
        testGraph: flow.draftGraph,
        startedBy: caller.userId,
        startedAt: now,
      });
      // Only a free conversation: a run started meanwhile (another tab, a trigger) makes this one retry.
      const pointed = await sql
        .updateTable('Conversation')
        .set({ activeFlowRun: id })
        .where('id', '=', conversationId)
        .where('activeFlowRun', 'is', null)
        .executeTakeFirst();
      if (Number(pointed.numUpdatedRows) === 0)
        throw new ApiError(
          409,
          'CONFLICT',
          'another run started in this conversation at the same time; try again',
        );
      if (!(await resignalLatest(sql, this.config, conversationId, { flow: { runId: id } })))
        throw new ApiError(
          409,
          'NO_CUSTOMER_MESSAGE',
          'the customer has not written in this conversation yet',
        );
      return id;
    });
    this.relay.kick();
    return flowRun(this.database.sql(), caller.organisationId, runId);
  }
}
