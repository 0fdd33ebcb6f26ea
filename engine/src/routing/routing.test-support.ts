import { randomUUID } from 'node:crypto';
import {
  type Availability,
  type FallbackStrategy,
  type RoutingRulesInput,
  type Strategy,
  defaultTeamSla,
  routingRulesSchema,
} from '@parley/contracts';
import type { SlaTimer } from '@parley/workflows';
import type { AccountRef } from '../channels/channel-directory.service.js';
import { InboxEvents } from '../inbox/inbox-events.service.js';
import { InboxPublisher } from '../inbox/inbox-publisher.service.js';
import { parseConfig } from '../infrastructure/config/config.schema.js';
import type { Database } from '../infrastructure/database/database.js';
import type { OutboxRelay } from '../outbox/outbox-relay.service.js';
import { createConversation, createUser } from '../testing/fixtures.js';
import { AssignmentService } from './assignment.service.js';
import { SlaTimers } from './sla-timers.js';

/** The routing services over a test database; `relay.kicks` counts the outbox relay's kicks. */
export function routingServices(database: Database) {
  const events = new InboxEvents();
  const publisher = new InboxPublisher(database, events);
  const relay = {
    kicks: 0,
    kick() {
      relay.kicks++;
    },
  };
  const slaTimers = new SlaTimers(parseConfig({}));
  const assignment = new AssignmentService(database, publisher, slaTimers, relay as unknown as OutboxRelay);
  return { events, publisher, assignment, relay };
}

/** A customer's message in the conversation (the one an SLA timer's signal carries again). */
export async function customerWrote(database: Database, conversationId: string, at = new Date()) {
  const sql = database.sql();
  const conversation = await sql
    .selectFrom('Conversation')
    .select(['organisation', 'channelAccount'])
    .where('id', '=', conversationId)
    .executeTakeFirstOrThrow();
  const id = randomUUID();
  await sql
    .insertInto('Message')
    .values({
      id,
      organisation: conversation.organisation,
      channelAccount: conversation.channelAccount,
      conversation: conversationId,
      direction: 'inbound',
      type: 'text',
      text: 'hello',
      content: null,
      status: 'received',
      platformMessageId: `wamid.${id}`,
      idempotencyKey: null,
      errorCode: null,
      errorMessage: null,
      replyToPlatformId: null,
      referral: null,
      sentBy: null,
      createdAt: at,
      statusUpdatedAt: at,
    })
    .execute();
  await sql.updateTable('Conversation').set({ lastInboundAt: at }).where('id', '=', conversationId).execute();
  return id;
}

/** The SLA timers the outbox holds for the conversation's workflow, oldest first. */
export async function slaSignalsOf(database: Database, conversationId: string) {
  const rows = await database.sql().selectFrom('OutboxEntry').select('payload').orderBy('id').execute();
  return rows
    .map((row) => row.payload as { conversationId?: string; messageId?: string; sla?: SlaTimer })
    .flatMap((payload) =>
      payload.conversationId === conversationId && payload.sla
        ? [{ messageId: payload.messageId, ...payload.sla }]
        : [],
    );
}

/** Agents of the organisation with their own capacity, online unless told. */
export async function createAgents(
  database: Database,
  organisationId: string,
  count: number,
  options: { capacity?: number | null; availability?: Availability } = {},
): Promise<string[]> {
  const ids: string[] = [];
  for (let i = 0; i < count; i++) {
    const { userId } = await createUser(
      database,
      organisationId,
      'agent',
      `agent-${i}-${randomUUID().slice(0, 6)}@example.test`,
    );
    await database
      .sql()
      .insertInto('AgentState')
      .values({
        user: userId,
        organisation: organisationId,
        availability: options.availability ?? 'online',
        capacity: options.capacity === undefined ? 5 : options.capacity,
        openCount: 0,
        idleSince: new Date(Date.UTC(2025, 5, 16, 9, i)),
        updatedAt: new Date(),
      })
      .execute();
    ids.push(userId);
  }
  return ids;
}

export async function createTeam(
  database: Database,
  organisationId: string,
  options: {
    name?: string;
    strategy?: Strategy;
    fallbackStrategy?: FallbackStrategy;
    defaultCapacity?: number;
    members: (string | { userId: string; capacity: number | null })[];
  },
): Promise<string> {
  const id = randomUUID();
  const now = new Date();
  const sql = database.sql();
  await sql
    .insertInto('Team')
    .values({
      id,
      organisation: organisationId,
      name: options.name ?? `Team ${id.slice(0, 8)}`,
      strategy: options.strategy ?? 'round_robin',
      fallbackStrategy: options.fallbackStrategy ?? 'round_robin',
      defaultCapacity: options.defaultCapacity ?? 5,
      sla: defaultTeamSla,
      createdAt: now,
      updatedAt: now,
    })
    .execute();
  for (const [position, member] of options.members.entries()) {
    const { userId, capacity } = typeof member === 'string' ? { userId: member, capacity: null } : member;
    await sql
      .insertInto('TeamMember')
      .values({ id: randomUUID(), organisation: organisationId, team: id, user: userId, position, capacity })
      .execute();
  }
  return id;
}

export async function setRoutingRules(
  database: Database,
  organisationId: string,
  rules: RoutingRulesInput,
): Promise<void> {
  await database
    .sql()
    .insertInto('RoutingSettings')
    .values({ organisation: organisationId, rules: routingRulesSchema.parse(rules), updatedAt: new Date() })
    .execute();
}

let customers = 0;

/** `count` conversations with different customers of the account. */
export async function createConversations(database: Database, account: AccountRef, count: number) {
  const ids: string[] = [];
  for (let i = 0; i < count; i++) {
    const phone = `8190${String(++customers).padStart(8, '0')}`;
    ids.push((await createConversation(database, account, { phone })).conversationId);
  }
  return ids;
}

export const snapshotOf = (account: AccountRef) => ({
  channelAccountId: account.id,
  firstMessageText: 'hello',
  quickReplyPayload: null,
  contact: { language: null, tags: [] },
});

/** Each agent's recorded open count beside the open conversations actually assigned to them. */
export async function openCounts(database: Database, organisationId: string) {
  const sql = database.sql();
  const states = await sql
    .selectFrom('AgentState')
    .select(['user', 'openCount'])
    .where('organisation', '=', organisationId)
    .execute();
  const assigned = await sql
    .selectFrom('Conversation')
    .select(['assignedUser', (eb) => eb.fn.countAll<number>().as('count')])
    .where('organisation', '=', organisationId)
    .where('status', '=', 'open')
    .where('assignedUser', 'is not', null)
    .groupBy('assignedUser')
    .execute();
  const actual = new Map(assigned.map((row) => [row.assignedUser!, Number(row.count)]));
  return new Map(
    states.map((state) => [state.user, { recorded: state.openCount, actual: actual.get(state.user) ?? 0 }]),
  );
}

/** Whether every agent's open count is exactly their open assigned conversations. */
export async function countsAreExact(database: Database, organisationId: string): Promise<boolean> {
  return [...(await openCounts(database, organisationId)).values()].every(
    (count) => count.recorded === count.actual,
  );
}

export async function conversationsOf(database: Database, ids: string[]) {
  const rows = await database
    .sql()
    .selectFrom('Conversation')
    .select(['id', 'team', 'assignedUser', 'status', 'queuedAt', 'assignedAt', 'firstResponseAt'])
    .where('id', 'in', ids)
    .execute();
  const byId = new Map(rows.map((row) => [row.id, row]));
  return ids.map((id) => byId.get(id)!);
}

export async function eventsOf(database: Database, conversationId: string) {
  return database
    .sql()
    .selectFrom('ConversationEvent')
    .select(['kind', 'fromUser', 'toUser', 'fromTeam', 'toTeam', 'note'])
    .where('conversation', '=', conversationId)
    .orderBy('at')
    .execute();
}
