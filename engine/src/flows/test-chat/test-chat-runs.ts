import { Inject, Injectable } from '@nestjs/common';
import type { Logger } from 'pino';
import type { Caller } from '../../auth/caller.js';
import { APP_CONFIG } from '../../infrastructure/config/config.module.js';
import type { AppConfig } from '../../infrastructure/config/config.schema.js';
import { Database } from '../../infrastructure/database/database.js';
import { ApiError } from '../../infrastructure/http/api-error.js';
import { LOGGER } from '../../infrastructure/logging/logging.module.js';
import { OutboxRelay } from '../../outbox/outbox-relay.service.js';
import { resignalLatest } from '../../outbox/resignal-latest.js';
import { AssignmentService } from '../../routing/assignment.service.js';
import { requireFlow } from '../flow-rows.js';
import { FlowValidationContextBuilder } from '../flow-validation-context.builder.js';
import { claimTestRun } from '../runtime/claim-test-run.js';
import { dropRun } from '../runtime/flow-run-rows.js';
import type { TestChatAccount } from './test-chat-account.js';
import { openTestConversation, type TestConversation } from './test-conversation-rows.js';
import type { TestCustomer } from './test-customer.js';

/** A test run claimed for the customer's next message: started once that message is in. */
export interface ClaimedRun {
  runId: string;
  conversationId: string;
}

/**
 * The test chat's runs. Before the test customer's message is sent, the draft's run is written
 * and the conversation points at it (made first if the customer never wrote): intake then finds
 * the conversation automated, so no published trigger starts on the message and routing gives it
 * to nobody. Once the message is in, the run is started from it.
 */
@Injectable()
export class TestChatRuns {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(LOGGER) private readonly logger: Logger,
    private readonly database: Database,
    private readonly contexts: FlowValidationContextBuilder,
    private readonly assignment: AssignmentService,
    private readonly relay: OutboxRelay,
  ) {}

  /** Whether a test run of this flow's draft is going in the conversation (a message just reaches it). */
  async runsDraft(conversation: TestConversation | undefined, flowId: string): Promise<boolean> {
    if (!conversation?.activeFlowRun) return false;
    const run = await this.database
      .sql()
      .selectFrom('FlowRun')
      .select(['flow', 'test', 'status'])
      .where('id', '=', conversation.activeFlowRun)
      .executeTakeFirst();
    return run?.flow === flowId && Boolean(run.test) && run.status === 'running';
  }

  /**
   * The test customer's conversation back with automation: opened again if closed or snoozed,
   * and no person or team holding it (the flow's assign node may have handed it over).
   */
  async returnToAutomation(caller: Caller, conversation: TestConversation): Promise<void> {
    const actor = { organisationId: caller.organisationId, actorUserId: caller.userId };
    if (conversation.status !== 'open') await this.assignment.reopen(conversation.id, actor);
    if (conversation.status !== 'open' || conversation.assignedUser !== null || conversation.team !== null)
      await this.assignment.returnToAutomation(conversation.id, actor);
  }

  /** Writes the draft's run and the conversation's claim on it (dropping the run going there). */
  async claim(
    caller: Caller,
    flowId: string,
    account: TestChatAccount,
    customer: TestCustomer,
  ): Promise<ClaimedRun> {
    return this.database.transaction(async (sql) => {
      const flow = await requireFlow(sql, caller.organisationId, flowId);
      const now = new Date();
      const conversation = await openTestConversation(sql, account, customer, now, this.logger);
      if (conversation.assignedUser !== null)
        throw new ApiError(
          409,
          'CONVERSATION_ASSIGNED',
          'a person took the test conversation meanwhile; try again',
        );
      const runId = await claimTestRun(
        sql,
        this.contexts,
        caller,
        flow,
        { ...conversation, channelAccount: account.id },
        now,
      );
      return { runId, conversationId: conversation.id };
    });
  }

  /** Starts the claimed run from the customer's latest message (what they just wrote or tapped). */
  async start({ runId, conversationId }: ClaimedRun): Promise<void> {
    await this.database.transaction(async (sql) => {
      if (!(await resignalLatest(sql, this.config, conversationId, { flow: { runId } })))
        throw new ApiError(
          409,
          'NO_CUSTOMER_MESSAGE',
          'the test customer’s message did not reach the conversation',
        );
    });
    this.relay.kick();
  }

  /** The message never arrived: the claimed run ends and the conversation is free again. */
  async release({ runId }: ClaimedRun): Promise<void> {
    await this.database.transaction((sql) =>
      dropRun(sql, runId, 'failed', 'the test message did not reach Parley', new Date()),
    );
  }
}
