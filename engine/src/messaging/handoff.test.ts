import { randomUUID } from 'node:crypto';
import { type AutomaticReplies, defaultAutomaticReplies } from '@parley/contracts';
import type { AutomaticReplyResult } from '@parley/workflows';
import { MockActivityEnvironment } from '@temporalio/testing';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { AutomaticRepliesStore } from '../channels/automatic-replies/automatic-replies.store.js';
import type { AccountRef } from '../channels/channel-directory.service.js';
import {
  FakeChannel,
  type PricingServices,
  grant,
  outboundSender,
  pricingServices,
} from '../credits/pricing.test-support.js';
import { LibraryFiles } from '../files/library-files.service.js';
import { InboxPublisher } from '../inbox/inbox-publisher.service.js';
import { parseConfig } from '../infrastructure/config/config.schema.js';
import { openTestDatabase } from '../infrastructure/database/test-database.js';
import { TemplateDrafts } from '../templates/template-drafts.js';
import { createAccount, createConversation, createOrganisation, createUser } from '../testing/fixtures.js';
import { customerWrote, routingServices } from '../routing/routing.test-support.js';
import { ConversationActivitiesService } from './conversation-activities.js';
import type { OutboundSender } from './outbound-sender.js';

type Database = Awaited<ReturnType<typeof openTestDatabase>>;

/** docs/routing.md "Handoff": while a person owns the conversation, no automation sends. */
describe('handoff: automation never sends while a person owns the conversation', () => {
  let database: Database;
  let services: PricingServices;
  let channel: FakeChannel;
  let sender: OutboundSender;
  let replies: AutomaticRepliesStore;
  let activities: ConversationActivitiesService;
  let organisationId: string;
  let account: AccountRef;
  let conversationId: string;
  let agentId: string;

  beforeEach(async () => {
    database = await openTestDatabase();
    services = pricingServices(database);
    channel = new FakeChannel();
    sender = outboundSender(database, services, channel);
    const files = new LibraryFiles(parseConfig({ DATA_DIR: '/tmp/parley-handoff-test' }), database);
    replies = new AutomaticRepliesStore(database);
    activities = new ConversationActivitiesService(
      database,
      sender,
      channel.clients,
      files,
      replies,
      new TemplateDrafts(database, files),
      new InboxPublisher(database, services.events),
      services.ledger,
      routingServices(database).assignment,
    );
    organisationId = await createOrganisation(database);
    await grant(services, organisationId, 100);
    account = await createAccount(database, organisationId);
    ({ conversationId } = await createConversation(database, account, {
      windowExpiresAt: new Date(Date.now() + 3_600_000),
    }));
    ({ userId: agentId } = await createUser(database, organisationId, 'agent'));
    await setReplies({ greeting: { enabled: true, text: 'Welcome!' } });
  });
  afterEach(() => database.close());

  const setReplies = (settings: Partial<AutomaticReplies>) =>
    database
      .sql()
      .updateTable('ChannelAccount')
      .set({ automaticReplies: { ...defaultAutomaticReplies, ...settings } })
      .where('id', '=', account.id)
      .execute();
  const takeOver = () =>
    database
      .sql()
      .updateTable('Conversation')
      .set({ assignedUser: agentId, assignedAt: new Date() })
      .where('id', '=', conversationId)
      .where('assignedUser', 'is', null)
      .execute();
  const outbound = () =>
    database
      .sql()
      .selectFrom('Message')
      .select(['idempotencyKey', 'status', 'sentBy'])
      .where('direction', '=', 'outbound')
      .execute();
  const inbound = () => customerWrote(database, conversationId);
  const automaticReply = async (inboundMessageId: string): Promise<AutomaticReplyResult> =>
    new MockActivityEnvironment().run(activities.activities.automaticReply, {
      conversationId,
      inboundMessageId,
      maxAttempts: 3,
    });
  const automationText = (idempotencyKey: string, message = () => ({ type: 'text' as const, text: 'Hi' })) =>
    sender.send({
      conversationId,
      idempotencyKey,
      stored: { type: 'text', text: 'Hi', content: null },
      message,
    });

  it('greets an unowned conversation (the control)', async () => {
    const reply = await automaticReply(await inbound());
    expect(reply.messageId).not.toBeNull();
    expect(channel.sent).toHaveLength(1);
  });

  it('sends no greeting to a conversation a flow run claimed: the flow answers it', async () => {
    await database
      .sql()
      .updateTable('Conversation')
      .set({ activeFlowRun: randomUUID() })
      .where('id', '=', conversationId)
      .execute();
    const reply = await automaticReply(await inbound());
    expect(reply).toEqual({ settled: true, messageId: null });
    expect(channel.sent).toEqual([]);
    expect(await outbound()).toEqual([]);
  });

  it('sends no automatic reply to an assigned conversation and stores no row for it', async () => {
    await takeOver();
    const reply = await automaticReply(await inbound());
    expect(reply).toEqual({ settled: true, messageId: null });
    expect(channel.sent).toEqual([]);
    expect(await outbound()).toEqual([]);
  });

  it('an agent assigned after the reply was decided but before its row: the row insert decides, nothing is sent', async () => {
    const get = replies.get.bind(replies);
    vi.spyOn(replies, 'get').mockImplementation(async (id) => {
      const settings = await get(id);
      await takeOver(); // the agent takes over while the automation is about to send
      return settings;
    });
    const reply = await automaticReply(await inbound());
    expect(reply.messageId).toBeNull();
    expect(channel.sent).toEqual([]);
    expect(await outbound()).toEqual([]);
  });

  it('an agent assigned after the row was created: that message was decided before and goes, later ones do not', async () => {
    const first = await automationText('auto:1', () => {
      void takeOver();
      return { type: 'text', text: 'Hi' };
    });
    expect(first.outcome).toBe('sent');
    // A retry of the same message (its row exists) is the same decision: sent once, not refused.
    expect((await automationText('auto:1')).outcome).toBe('sent');
    expect(await automationText('auto:2')).toEqual({ outcome: 'handed_off' });
    expect(channel.sent).toHaveLength(1);
    expect(await outbound()).toEqual([
      { idempotencyKey: 'auto:1', status: expect.any(String), sentBy: null },
    ]);
  });

  it('an agent’s own message goes while they own the conversation', async () => {
    await takeOver();
    const result = await sender.send({
      conversationId,
      idempotencyKey: 'agent:1',
      stored: { type: 'text', text: 'Hello, I am Sato', content: null },
      message: () => ({ type: 'text', text: 'Hello, I am Sato' }),
      senderUserId: agentId,
    });
    expect(result.outcome).toBe('sent');
  });

  it('holds no automation message for an owned conversation, and releases no held automation message once owned', async () => {
    const held = await sender.hold({
      conversationId,
      idempotencyKey: 'auto:held',
      stored: { type: 'text', text: 'Hi', content: null },
    });
    expect(held).toHaveProperty('messageId');
    await takeOver();
    expect(await automationText('auto:held')).toEqual({ outcome: 'handed_off' });
    expect(
      await sender.hold({
        conversationId,
        idempotencyKey: 'auto:held:2',
        stored: { type: 'text', text: 'Hi', content: null },
      }),
    ).toEqual({ outcome: 'handed_off' });
    expect(channel.sent).toEqual([]);
    expect(await outbound()).toEqual([{ idempotencyKey: 'auto:held', status: 'held', sentBy: null }]);
  });

  it('never sends automation created after a concurrent takeover committed', async () => {
    const sends = Array.from({ length: 20 }, (_, index) => automationText(`race:${index}`));
    const [results] = await Promise.all([Promise.all(sends), takeOver()]);
    const rows = await outbound();
    // Every automation row was decided before the takeover; every send without a row was handed off.
    expect(rows).toHaveLength(results.filter((result) => result.outcome === 'sent').length);
    expect(results.every((result) => result.outcome === 'sent' || result.outcome === 'handed_off')).toBe(
      true,
    );
    expect(await automationText('race:after')).toEqual({ outcome: 'handed_off' });
  });
});
