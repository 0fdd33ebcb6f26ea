import { Inject, Injectable } from '@nestjs/common';
import type { FlowRunResponse, TestChat, TestChatTap } from '@parley/contracts';
import type { Caller } from '../../auth/caller.js';
import { APP_CONFIG } from '../../infrastructure/config/config.module.js';
import type { AppConfig } from '../../infrastructure/config/config.schema.js';
import { Database } from '../../infrastructure/database/database.js';
import { ApiError } from '../../infrastructure/http/api-error.js';
import { requireFlow } from '../flow-rows.js';
import { StartTestRunUseCase } from '../usecases/start-test-run.usecase.js';
import { phoneMessages } from './phone-messages.js';
import { SandboxPhone } from './sandbox-phone.js';
import { requireTestChatAccount, type TestChatAccount } from './test-chat-account.js';
import { TestChatRuns } from './test-chat-runs.js';
import { findTestConversation } from './test-conversation-rows.js';
import { testCustomerOf, type TestCustomer } from './test-customer.js';

interface Scene {
  account: TestChatAccount;
  customer: TestCustomer;
}

/**
 * The designer's test chat (docs/flows.md): the admin's own customer of the WhatsApp sandbox
 * writes and taps on a sandbox account through the sandbox (which posts the webhook to the engine
 * as WhatsApp would), the flow's draft answers, and the chat shows the customer's phone and the
 * latest test run there.
 */
@Injectable()
export class TestChatUseCase {
  private readonly phone: SandboxPhone;

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly database: Database,
    private readonly runs: TestChatRuns,
    private readonly startTestRun: StartTestRunUseCase,
  ) {
    this.phone = new SandboxPhone(config.WHATSAPP_API_BASE_URL);
  }

  /** The test customer, their phone's messages with the account's number, and the latest test run there. */
  async get(caller: Caller, flowId: string, channelAccountId: string): Promise<TestChat> {
    const { account, customer } = await this.scene(caller, flowId, channelAccountId, false);
    const sql = this.database.sql();
    const conversation = await findTestConversation(sql, account, customer);
    const phone = await this.phone.read(customer.waId);
    const run = conversation
      ? await sql
          .selectFrom('FlowRun')
          .select(['id', 'status'])
          .where('flow', '=', flowId)
          .where('conversation', '=', conversation.id)
          .where('test', '=', true)
          .orderBy('startedAt', 'desc')
          .orderBy('id', 'desc')
          .limit(1)
          .executeTakeFirst()
      : undefined;
    return {
      customer,
      conversationId: conversation?.id ?? null,
      messages: phoneMessages(phone.items, account.phoneNumberId),
      businessTyping: phone.businessTypingFrom.includes(account.phoneNumberId),
      run: run ? { id: run.id, status: run.status } : null,
    };
  }

  /** The test customer writes; the draft starts on the message unless a test run of it is going there. */
  async write(
    caller: Caller,
    flowId: string,
    input: { channelAccountId: string; text: string },
  ): Promise<TestChat> {
    const scene = await this.scene(caller, flowId, input.channelAccountId, true);
    const { customer, account } = scene;
    await this.deliver(caller, flowId, scene, () =>
      this.phone.write(customer.waId, {
        text: input.text,
        name: customer.name,
        phoneNumberId: account.phoneNumberId,
      }),
    );
    return this.get(caller, flowId, input.channelAccountId);
  }

  /** The test customer taps a button or row of a message they received; the draft starts on it as on a message. */
  async tap(caller: Caller, flowId: string, input: TestChatTap): Promise<TestChat> {
    const scene = await this.scene(caller, flowId, input.channelAccountId, true);
    const choice = input.buttonId !== undefined ? { buttonId: input.buttonId } : { rowId: input.rowId ?? '' };
    await this.deliver(caller, flowId, scene, () =>
      this.phone.tap(scene.customer.waId, input.messageId, choice, scene.customer.name),
    );
    return this.get(caller, flowId, input.channelAccountId);
  }

  /** A new test run of the current draft from the test customer's latest message. */
  async restart(caller: Caller, flowId: string, channelAccountId: string): Promise<FlowRunResponse> {
    const { account, customer } = await this.scene(caller, flowId, channelAccountId, true);
    const conversation = await findTestConversation(this.database.sql(), account, customer);
    if (!conversation)
      throw new ApiError(
        409,
        'NO_CUSTOMER_MESSAGE',
        'the test customer has not written on this account yet; send a message first',
      );
    await this.runs.returnToAutomation(caller, conversation);
    return this.startTestRun.execute(caller, flowId, conversation.id);
  }

  private async deliver(
    caller: Caller,
    flowId: string,
    { account, customer }: Scene,
    send: () => Promise<unknown>,
  ) {
    const conversation = await findTestConversation(this.database.sql(), account, customer);
    if (await this.runs.runsDraft(conversation, flowId)) {
      await send();
      return;
    }
    if (conversation) await this.runs.returnToAutomation(caller, conversation);
    const claimed = await this.runs.claim(caller, flowId, account, customer);
    try {
      await send();
    } catch (error) {
      await this.runs.release(claimed);
      throw error;
    }
    await this.runs.start(claimed);
  }

  private async scene(
    caller: Caller,
    flowId: string,
    channelAccountId: string,
    toWrite: boolean,
  ): Promise<Scene> {
    const sql = this.database.sql();
    await requireFlow(sql, caller.organisationId, flowId);
    const account = await requireTestChatAccount(sql, this.config, caller.organisationId, channelAccountId, {
      toWrite,
    });
    const user = await sql
      .selectFrom('User')
      .select(['id', 'name'])
      .where('id', '=', caller.userId)
      .executeTakeFirstOrThrow();
    return { account, customer: testCustomerOf(caller.organisationId, user) };
  }
}
