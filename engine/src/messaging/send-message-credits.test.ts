import { randomUUID } from 'node:crypto';
import {
  type AutomaticReplies,
  type PriceListInput,
  type SendMessage,
  defaultAutomaticReplies,
  insufficientCreditsErrorSchema,
} from '@parley/contracts';
import {
  type AutomaticReplyResult,
  type HoldActivityInput,
  type SendMessageRequest,
  type SendMessageResult,
  agentMessageKey,
} from '@parley/workflows';
import { MockActivityEnvironment } from '@temporalio/testing';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Caller } from '../auth/caller.js';
import { AutomaticRepliesStore } from '../channels/automatic-replies/automatic-replies.store.js';
import type { AccountRef } from '../channels/channel-directory.service.js';
import { MessagePriceUseCase } from '../credits/message-price.usecase.js';
import {
  FakeChannel,
  type PricingServices,
  addTemplate,
  flatPriceList,
  grant,
  ledger,
  outboundSender,
  pricingServices,
} from '../credits/pricing.test-support.js';
import { LibraryFiles } from '../files/library-files.service.js';
import { InboxPublisher } from '../inbox/inbox-publisher.service.js';
import { parseConfig } from '../infrastructure/config/config.schema.js';
import { openTestDatabase } from '../infrastructure/database/test-database.js';
import { ApiError } from '../infrastructure/http/api-error.js';
import { TemplateDrafts } from '../templates/template-drafts.js';
import { createAccount, createConversation, createOrganisation, createUser } from '../testing/fixtures.js';
import { AgentMessageCredits } from './agent-message-credits.js';
import { routingServices } from '../routing/routing.test-support.js';
import { ConversationActivitiesService } from './conversation-activities.js';
import type { ConversationRef, ConversationWorkflows } from './conversation-workflows.service.js';
import { WindowClosedError } from './conversation-workflows.service.js';
import { SendMessageUseCase } from './send-message.usecase.js';

type Database = Awaited<ReturnType<typeof openTestDatabase>>;

/**
 * The conversation workflow's `sendMessage` update without Temporal: its validator's window check,
 * then the real activities (in a mock activity context), as the workflow's `send` calls them.
 */
class FakeWorkflows {
  readonly requests: SendMessageRequest[] = [];
  refuseWith: Error | undefined;

  constructor(private readonly activities: ConversationActivitiesService) {}

  async send(conversation: ConversationRef, request: SendMessageRequest): Promise<SendMessageResult> {
    this.requests.push(request);
    if (this.refuseWith) throw this.refuseWith;
    const windowOpen = (conversation.windowExpiresAt?.getTime() ?? 0) > Date.now();
    const template = request.draft.message.type === 'template';
    if (!template && !windowOpen && !request.holdIfClosed)
      throw new WindowClosedError('the customer-service window is closed');
    const input = {
      conversationId: conversation.id,
      idempotencyKey: agentMessageKey(conversation.id, request.requestId),
      draft: request.draft,
      senderUserId: request.senderUserId,
      maxAttempts: 4,
    };
    const { activities } = this.activities;
    const environment = new MockActivityEnvironment();
    if (template || windowOpen) return environment.run(activities.sendMessage, input);
    return environment.run(activities.holdWithFallback, { ...input, flagIfNoFallback: false });
  }
}

/** The ApiError `promise` fails with, as its status and body. */
async function refusal(promise: Promise<unknown>) {
  const error = await promise.then(
    () => undefined,
    (caught: unknown) => caught,
  );
  if (!(error instanceof ApiError)) throw new Error(`expected an ApiError, got ${String(error)}`);
  return { status: error.getStatus(), body: error.getResponse() as Record<string, unknown> };
}

describe('credits of agents’ and automation’s messages', () => {
  let database: Database;
  let services: PricingServices;
  let channel: FakeChannel;
  let workflows: FakeWorkflows;
  let activities: ConversationActivitiesService;
  let useCase: SendMessageUseCase;
  let caller: Caller;
  let organisationId: string;
  let account: AccountRef;
  let conversationId: string;
  let marketing: string;

  async function setUp(
    options: Parameters<typeof createConversation>[2] = {},
    priceList?: PriceListInput,
    env: Record<string, string> = {},
  ) {
    database = await openTestDatabase();
    services = pricingServices(database, env, priceList);
    channel = new FakeChannel();
    const sender = outboundSender(database, services, channel);
    const files = new LibraryFiles(parseConfig({ DATA_DIR: '/tmp/parley-credits-test' }), database);
    const drafts = new TemplateDrafts(database, files);
    const replies = new AutomaticRepliesStore(database);
    activities = new ConversationActivitiesService(
      database,
      sender,
      channel.clients,
      files,
      replies,
      drafts,
      new InboxPublisher(database, services.events),
      services.ledger,
      routingServices(database).assignment,
    );
    workflows = new FakeWorkflows(activities);
    useCase = new SendMessageUseCase(
      database,
      workflows as unknown as ConversationWorkflows,
      drafts,
      files,
      replies,
      new AgentMessageCredits(services.pricing, services.ledger),
    );
    organisationId = await createOrganisation(database);
    caller = await createUser(database, organisationId, 'agent');
    account = await createAccount(database, organisationId);
    ({ conversationId } = await createConversation(database, account, options));
    marketing = await addTemplate(database, organisationId, account.parentAccountId!, 'MARKETING');
  }
  afterEach(async () => {
    vi.useRealTimers();
    await database.close();
  });

  const template = (templateId = marketing): SendMessage => ({
    clientId: randomUUID(),
    holdIfClosed: false,
    message: { type: 'template', templateId, parameters: { body: { '1': 'A-1' }, buttons: {} } },
  });
  const text = (options: { holdIfClosed?: boolean } = {}): SendMessage => ({
    clientId: randomUUID(),
    message: { type: 'text', text: 'Thank you for waiting.' },
    holdIfClosed: options.holdIfClosed ?? false,
  });
  const setReplies = (settings: Partial<AutomaticReplies>) =>
    database
      .sql()
      .updateTable('ChannelAccount')
      .set({ automaticReplies: { ...defaultAutomaticReplies, ...settings } })
      .where('id', '=', account.id)
      .execute();
  const fallbackTo = (templateId: string) =>
    setReplies({ fallbackTemplate: { templateId, parameters: { body: { '1': 'A-1' }, buttons: {} } } });
  const messages = () =>
    database.sql().selectFrom('Message').select(['idempotencyKey', 'status', 'errorCode']).execute();

  it('refuses a paid template at a balance of 0 with INSUFFICIENT_CREDITS, before the workflow hears of it', async () => {
    await setUp();
    const { status, body } = await refusal(useCase.execute(caller, conversationId, template()));
    expect(status).toBe(409);
    expect(insufficientCreditsErrorSchema.parse(body)).toEqual({
      code: 'INSUFFICIENT_CREDITS',
      message: 'this marketing message costs 15 credits and the balance is 0; buy credits to send it',
      price: 15,
      balance: 0,
      category: 'marketing',
    });
    expect(workflows.requests).toEqual([]);
    expect(channel.sent).toEqual([]);
    expect(await messages()).toEqual([]);
  });

  it('reserves an agent’s paid template under its message key before the update, once', async () => {
    await setUp();
    await grant(services, organisationId, 20);
    const input = template();
    const sent = await useCase.execute(caller, conversationId, input);
    expect(sent).toMatchObject({ status: 'accepted' });
    expect(channel.sent).toHaveLength(1);
    const after = await ledger(database, organisationId);
    expect(after.of('reservation').map((entry) => entry.key)).toEqual([
      `reservation:${agentMessageKey(conversationId, input.clientId)}`,
    ]);
    expect(after).toMatchObject({ balance: 5, reserved: 15, sum: 5 });
    // The same request again (an unanswered retry) sends and reserves nothing more.
    await useCase.execute(caller, conversationId, input);
    expect(channel.sent).toHaveLength(1);
    expect((await ledger(database, organisationId)).balance).toBe(5);
  });

  it('lets as many agents’ 1-credit templates through as the balance pays for', async () => {
    await setUp({}, flatPriceList());
    await grant(services, organisationId, 30);
    const outcomes = await Promise.allSettled(
      Array.from({ length: 50 }, () => useCase.execute(caller, conversationId, template())),
    );
    expect(outcomes.filter((outcome) => outcome.status === 'fulfilled')).toHaveLength(30);
    const refused = outcomes.filter((outcome) => outcome.status === 'rejected');
    expect(refused).toHaveLength(20);
    for (const outcome of refused) expect((outcome.reason as ApiError).code).toBe('INSUFFICIENT_CREDITS');
    expect(workflows.requests).toHaveLength(30);
    expect(channel.sent).toHaveLength(30);
    expect(await ledger(database, organisationId)).toMatchObject({ balance: 0, reserved: 30, sum: 0 });
  });

  it('gives the reservation back when the update is refused, and keeps it when the outcome is unknown', async () => {
    await setUp();
    await grant(services, organisationId, 100);
    workflows.refuseWith = new ApiError(400, 'CONTENT_OVER_LIMITS', 'body: too long');
    const refused = template();
    expect((await refusal(useCase.execute(caller, conversationId, refused))).status).toBe(400);
    expect(await ledger(database, organisationId)).toMatchObject({ balance: 100, reserved: 0 });
    // The same client id again cannot go out unpaid on the returned reservation.
    workflows.refuseWith = undefined;
    expect((await refusal(useCase.execute(caller, conversationId, refused))).body.code).toBe(
      'CLIENT_ID_REUSED',
    );
    expect(channel.sent).toHaveLength(0);
    workflows.refuseWith = new ApiError(503, 'TEMPORAL_UNAVAILABLE', 'not reachable');
    const input = template();
    expect((await refusal(useCase.execute(caller, conversationId, input))).status).toBe(503);
    // The update may yet run: the reservation stays for it, and the retry reuses it.
    expect(await ledger(database, organisationId)).toMatchObject({ balance: 85, reserved: 15 });
    workflows.refuseWith = undefined;
    await useCase.execute(caller, conversationId, input);
    expect(await ledger(database, organisationId)).toMatchObject({ balance: 85, reserved: 15 });
    expect(channel.sent).toHaveLength(1);
  });

  it('refuses a marketing template to a US number as before, charging nothing', async () => {
    await setUp({ phone: '12125550123' });
    await grant(services, organisationId, 100);
    const { status, body } = await refusal(useCase.execute(caller, conversationId, template()));
    expect({ status, code: body.code }).toEqual({ status: 409, code: 'MARKETING_NOT_DELIVERED_US' });
    expect(workflows.requests).toEqual([]);
    expect(await ledger(database, organisationId)).toMatchObject({ balance: 100, reserved: 0 });
  });

  it('prices the fallback template that holds a message while the window is closed', async () => {
    await setUp({ windowExpiresAt: null });
    await fallbackTo(marketing);
    const hold = text({ holdIfClosed: true });
    const { body } = await refusal(useCase.execute(caller, conversationId, hold));
    expect(body).toMatchObject({ code: 'INSUFFICIENT_CREDITS', price: 15, category: 'marketing' });
    expect(workflows.requests).toEqual([]);
    await grant(services, organisationId, 20);
    const held = await useCase.execute(caller, conversationId, hold);
    expect(held).toMatchObject({ status: 'held' });
    const key = agentMessageKey(conversationId, hold.clientId);
    const after = await ledger(database, organisationId);
    expect(after.of('reservation').map((entry) => entry.key)).toEqual([`reservation:${key}:fallback`]);
    expect(after).toMatchObject({ balance: 5, reserved: 15 });
    // Without holdIfClosed the update refuses (WINDOW_CLOSED): nothing reserved.
    expect((await refusal(useCase.execute(caller, conversationId, text()))).body.code).toBe('WINDOW_CLOSED');
    expect((await ledger(database, organisationId)).balance).toBe(5);
  });

  it('gives a fallback’s reservation back when the workflow found the window open after all', async () => {
    await setUp({ windowExpiresAt: null });
    await fallbackTo(marketing);
    await grant(services, organisationId, 20);
    // The workflow already took in a message from the customer that the database shows not yet.
    workflows.send = async (conversation, request) =>
      new FakeWorkflows(activities).send(
        { ...conversation, windowExpiresAt: new Date(Date.now() + 60_000) },
        request,
      );
    const sent = await useCase.execute(caller, conversationId, text({ holdIfClosed: true }));
    expect(sent).toMatchObject({ status: 'accepted' });
    expect(await ledger(database, organisationId)).toMatchObject({ balance: 20, reserved: 0, sum: 20 });
  });

  it('bills an agent’s free-form reply from 2026-10-01 under the reported rules, not the day before', async () => {
    await setUp({ windowExpiresAt: new Date('2026-10-03T00:00:00Z') }, undefined, {
      PRICING_REPORTED_RULES: 'apply',
    });
    vi.useFakeTimers({ toFake: ['Date'], now: new Date('2026-09-30T12:00:00Z') });
    await useCase.execute(caller, conversationId, text());
    expect((await ledger(database, organisationId)).entries).toEqual([]);
    vi.setSystemTime(new Date('2026-10-01T00:00:01Z'));
    const { body } = await refusal(useCase.execute(caller, conversationId, text()));
    expect(body).toMatchObject({ code: 'INSUFFICIENT_CREDITS', price: 3, category: 'utility' });
    await grant(services, organisationId, 10);
    await useCase.execute(caller, conversationId, text());
    expect((await ledger(database, organisationId)).of('reservation')).toMatchObject([
      { amount: -3, category: 'utility', market: 'JP' },
    ]);
    expect(channel.sent).toHaveLength(2);
  });

  it('does not send an automatic reply it cannot pay for, and flags the conversation for an agent', async () => {
    // Service replies billed inside the window, at 1 credit.
    await setUp({}, flatPriceList({ freeInsideWindow: [] }));
    await setReplies({ greeting: { enabled: true, text: 'Welcome!' } });
    const inbound = randomUUID();
    await database
      .sql()
      .insertInto('Message')
      .values({
        id: inbound,
        organisation: organisationId,
        channelAccount: account.id,
        conversation: conversationId,
        direction: 'inbound',
        type: 'text',
        text: 'Hello',
        content: null,
        status: 'received',
        platformMessageId: 'wamid.in.1',
        idempotencyKey: null,
        errorCode: null,
        errorMessage: null,
        replyToPlatformId: null,
        referral: null,
        sentBy: null,
        createdAt: new Date(),
        statusUpdatedAt: new Date(),
      })
      .execute();
    const reply: AutomaticReplyResult = await new MockActivityEnvironment().run(
      activities.activities.automaticReply,
      {
        conversationId,
        inboundMessageId: inbound,
        maxAttempts: 12,
      },
    );
    expect(reply.settled).toBe(true);
    expect(channel.sent).toEqual([]);
    expect(await messages()).toContainEqual({
      idempotencyKey: `auto-reply:${inbound}`,
      status: 'failed',
      errorCode: 'INSUFFICIENT_CREDITS',
    });
    await expectFlagged();
  });

  it('does not send a fallback template automation cannot pay for, and flags the conversation', async () => {
    await setUp({ windowExpiresAt: null });
    await fallbackTo(marketing);
    const input: HoldActivityInput = {
      conversationId,
      idempotencyKey: 'flow:1',
      draft: {
        stored: { type: 'text', text: 'Your order shipped', content: null },
        message: { type: 'text', text: 'Your order shipped' },
      },
      senderUserId: null,
      maxAttempts: 12,
      flagIfNoFallback: true,
    };
    const result = await new MockActivityEnvironment().run(activities.activities.holdWithFallback, input);
    expect(result).toMatchObject({ outcome: 'failed', code: 'INSUFFICIENT_CREDITS' });
    expect(channel.sent).toEqual([]);
    await expectFlagged();
  });

  async function expectFlagged() {
    const conversation = await database
      .sql()
      .selectFrom('Conversation')
      .select(['attentionCode', 'attentionMessage'])
      .where('id', '=', conversationId)
      .executeTakeFirstOrThrow();
    expect(conversation.attentionCode).toBe('INSUFFICIENT_CREDITS');
    expect(conversation.attentionMessage).toMatch(/was not sent: .*the balance is 0/);
  }

  describe('the price endpoint', () => {
    it('answers what sending now costs, with the balance and whether it covers it', async () => {
      await setUp();
      const price = new MessagePriceUseCase(database, services.pricing, services.accounts);
      expect(await price.execute(caller, conversationId, {})).toEqual({
        credits: 0,
        category: 'service',
        free: 'customer_service_window',
        balance: 0,
        sufficient: true,
      });
      expect(await price.execute(caller, conversationId, { templateId: marketing })).toEqual({
        credits: 15,
        category: 'marketing',
        free: null,
        balance: 0,
        sufficient: false,
      });
      await grant(services, organisationId, 15);
      expect((await price.execute(caller, conversationId, { templateId: marketing })).sufficient).toBe(true);
      expect(
        (await refusal(price.execute(caller, conversationId, { templateId: randomUUID() }))).status,
      ).toBe(404);
      const stranger = await createUser(database, await createOrganisation(database, 'premium', 'Other'));
      expect((await refusal(price.execute(stranger, conversationId, {}))).status).toBe(404);
    });
  });
});
