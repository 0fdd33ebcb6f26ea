import type { TeamSla } from '@parley/contracts';
import type { SlaBreachedInput, SlaBreachedResult } from '@parley/workflows';
import { MockActivityEnvironment } from '@temporalio/testing';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { AutomaticRepliesStore } from '../channels/automatic-replies/automatic-replies.store.js';
import { FakeChannel, outboundSender, pricingServices } from '../credits/pricing.test-support.js';
import { LibraryFiles } from '../files/library-files.service.js';
import { InboxPublisher } from '../inbox/inbox-publisher.service.js';
import { parseConfig } from '../infrastructure/config/config.schema.js';
import { openTestDatabase } from '../infrastructure/database/test-database.js';
import { ConversationActivitiesService } from '../messaging/conversation-activities.js';
import { TemplateDrafts } from '../templates/template-drafts.js';
import { createAccount, createOrganisation } from '../testing/fixtures.js';
import type { AssignmentService } from './assignment.service.js';
import {
  conversationsOf,
  countsAreExact,
  createAgents,
  createConversations,
  createTeam,
  customerWrote,
  eventsOf,
  routingServices,
  slaSignalsOf,
} from './routing.test-support.js';

type Database = Awaited<ReturnType<typeof openTestDatabase>>;

/** The slaBreached activity: the conversation workflow's SLA timer fired. */
describe('slaBreached', () => {
  let database: Database;
  let assignment: AssignmentService;
  let activities: ConversationActivitiesService;
  let organisationId: string;
  let conversationId: string;
  let first: string;
  let second: string;
  let team: string;

  const sla = (change: Partial<TeamSla> = {}): TeamSla => ({
    firstResponseMinutes: 30,
    onBreach: 'reassign',
    escalateToTeamId: null,
    businessHoursOnly: false,
    ...change,
  });
  const slaFor = (userId: string, assignedAt: Date) => ({
    deadline: new Date(assignedAt.getTime() + 30 * 60_000).toISOString(),
    assignedAt: assignedAt.toISOString(),
    userId,
  });
  const setSla = (teamId: string, value: TeamSla) =>
    database.sql().updateTable('Team').set({ sla: value }).where('id', '=', teamId).execute();
  const breached = (input: Partial<SlaBreachedInput> = {}): Promise<SlaBreachedResult> =>
    new MockActivityEnvironment().run(activities.activities.slaBreached, { ...current, ...input });
  let current: SlaBreachedInput;
  let messageId: string;

  beforeEach(async () => {
    database = await openTestDatabase();
    const services = pricingServices(database);
    ({ assignment } = routingServices(database));
    const channel = new FakeChannel();
    const files = new LibraryFiles(parseConfig({ DATA_DIR: '/tmp/parley-sla-test' }), database);
    activities = new ConversationActivitiesService(
      database,
      outboundSender(database, services, channel),
      channel.clients,
      files,
      new AutomaticRepliesStore(database),
      new TemplateDrafts(database, files),
      new InboxPublisher(database, services.events),
      services.ledger,
      assignment,
    );
    organisationId = await createOrganisation(database);
    const account = await createAccount(database, organisationId);
    [first, second] = (await createAgents(database, organisationId, 2)) as [string, string];
    team = await createTeam(database, organisationId, { members: [first, second] });
    await setSla(team, sla());
    [conversationId] = (await createConversations(database, account, 1)) as [string];
    messageId = await customerWrote(database, conversationId);
    const placed = await assignment.assign(conversationId, team);
    if (placed.kind !== 'assigned') throw new Error('expected an assignment');
    current = { conversationId, assignedAt: placed.assignedAt.toISOString(), userId: placed.userId };
    expect(placed.userId).toBe(first);
  });
  afterEach(() => database.close());

  it('reassigns an unanswered assignment to another agent, whose assignment starts its own timer', async () => {
    const result = await breached();
    expect(result).toEqual({ outcome: 'reassigned' });
    const [after] = await conversationsOf(database, [conversationId]);
    expect(after).toMatchObject({ team, assignedUser: second });
    const assignedAt = new Date(after!.assignedAt!);
    // Both assignments' timers went through the outbox, each with the customer's message again.
    expect(await slaSignalsOf(database, conversationId)).toEqual([
      { messageId, ...slaFor(current.userId, new Date(current.assignedAt)) },
      { messageId, ...slaFor(second, assignedAt) },
    ]);
    expect((await eventsOf(database, conversationId)).map((event) => event.kind)).toEqual([
      'assigned',
      'sla_breached',
      'assigned',
    ]);
    expect(await countsAreExact(database, organisationId)).toBe(true);
  });

  it('leaves it queued when the only other agent cannot take it — never back to the one who missed it', async () => {
    await assignment.setAvailability(second, 'offline');
    const result = await breached();
    expect(result).toEqual({ outcome: 'queued' });
    const [after] = await conversationsOf(database, [conversationId]);
    expect(after).toMatchObject({ team, assignedUser: null });
    expect(await countsAreExact(database, organisationId)).toBe(true);
  });

  it('escalates to the SLA’s team when it says so', async () => {
    const [lead] = (await createAgents(database, organisationId, 1)) as [string];
    const escalation = await createTeam(database, organisationId, { members: [lead] });
    await setSla(team, sla({ onBreach: 'escalate', escalateToTeamId: escalation }));
    const result = await breached();
    expect(result.outcome).toBe('escalated');
    const [after] = await conversationsOf(database, [conversationId]);
    expect(after).toMatchObject({ team: escalation, assignedUser: lead });
    // The escalation team has no target of its own: no timer for the lead.
    expect((await slaSignalsOf(database, conversationId)).map((timer) => timer.userId)).toEqual([first]);
  });

  it('does nothing for an answered assignment, or one that is no longer the same', async () => {
    await database
      .sql()
      .updateTable('Conversation')
      .set({ firstResponseAt: new Date() })
      .where('id', '=', conversationId)
      .execute();
    expect(await breached()).toEqual({ outcome: 'answered' });
    expect(await breached({ userId: second })).toEqual({ outcome: 'stale' });
    expect(await breached({ assignedAt: new Date(0).toISOString() })).toEqual({ outcome: 'stale' });
    const [after] = await conversationsOf(database, [conversationId]);
    expect(after).toMatchObject({ assignedUser: first });
  });
});
