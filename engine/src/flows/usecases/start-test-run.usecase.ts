import { Inject, Injectable } from '@nestjs/common';
import type { FlowRunResponse } from '@parley/contracts';
import type { Caller } from '../../auth/caller.js';
import { APP_CONFIG } from '../../infrastructure/config/config.module.js';
import type { AppConfig } from '../../infrastructure/config/config.schema.js';
import { Database } from '../../infrastructure/database/database.js';
import { ApiError } from '../../infrastructure/http/api-error.js';
import { OutboxRelay } from '../../outbox/outbox-relay.service.js';
import { resignalLatest } from '../../outbox/resignal-latest.js';
import { flowRun } from '../flow-runs.js';
import { requireFlow } from '../flow-rows.js';
import { FlowValidationContextBuilder } from '../flow-validation-context.builder.js';
import { requireTestConversation } from '../test-conversation.js';
import { claimTestRun } from '../runtime/claim-test-run.js';

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
      const id = await claimTestRun(sql, this.contexts, caller, flow, conversation, new Date());
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
