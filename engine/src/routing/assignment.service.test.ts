import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { AccountRef } from '../channels/channel-directory.service.js';
import { openTestDatabase } from '../infrastructure/database/test-database.js';
import { createAccount, createOrganisation, createUser } from '../testing/fixtures.js';
import { UpdateUserUseCase } from '../users/users.usecases.js';
import type { AssignmentService } from './assignment.service.js';
import { handedAwayBy } from './conversation-events.js';
import { recordFirstResponse } from './first-response.js';
import {
  conversationsOf,
  countsAreExact,
  createAgents,
  createConversations,
  createTeam,
  eventsOf,
  openCounts,
  routingServices,
  setRoutingRules,
  snapshotOf,
} from './routing.test-support.js';

type Database = Awaited<ReturnType<typeof openTestDatabase>>;

describe('assignment', () => {
  let database: Database;
  let assignment: AssignmentService;
  let organisationId: string;
  let account: AccountRef;

  const routeAll = async (ids: string[]) => {
    const outcomes = [];
    for (const id of ids) outcomes.push(await assignment.route(id, snapshotOf(account)));
    return outcomes;
  };
  const owners = async (ids: string[]) =>
    (await conversationsOf(database, ids)).map((row) => row.assignedUser);
  const teamWith = async (members: string[], change: Parameters<typeof createTeam>[2] = { members }) => {
    const teamId = await createTeam(database, organisationId, { ...change, members });
    await setRoutingRules(database, organisationId, { rules: [], defaultTeamId: teamId });
    return teamId;
  };
  const openOf = async (userId: string) => (await openCounts(database, organisationId)).get(userId);

  beforeEach(async () => {
    database = await openTestDatabase();
    ({ assignment } = routingServices(database));
    organisationId = await createOrganisation(database);
    account = await createAccount(database, organisationId);
  });
  afterEach(() => database.close());

  it('round-robins six conversations over three online agents, two each', async () => {
    const [a, b, c] = await createAgents(database, organisationId, 3);
    await teamWith([a!, b!, c!]);
    const ids = await createConversations(database, account, 6);

    const outcomes = await routeAll(ids);

    expect(outcomes.map((outcome) => outcome.kind)).toEqual(Array(6).fill('assigned'));
    expect(await owners(ids)).toEqual([a, b, c, a, b, c]);
    expect(await countsAreExact(database, organisationId)).toBe(true);
    expect((await openOf(a!))?.recorded).toBe(2);
  });

  it('queues past capacity and hands out freed slots to the longest-waiting first', async () => {
    const [a, b] = await createAgents(database, organisationId, 2, { capacity: 1 });
    await teamWith([a!, b!]);
    const ids = await createConversations(database, account, 5);

    const outcomes = await routeAll(ids);
    expect(outcomes.map((outcome) => outcome.kind)).toEqual([
      'assigned',
      'assigned',
      'queued',
      'queued',
      'queued',
    ]);

    await assignment.release(ids[1]!, { reason: 'closed' });
    expect(await owners(ids)).toEqual([a, null, b, null, null]);
    await assignment.release(ids[0]!, { reason: 'closed' });
    expect(await owners(ids)).toEqual([null, null, b, a, null]);
    const [waiting] = await conversationsOf(database, [ids[4]!]);
    expect(waiting?.queuedAt).not.toBeNull();
    expect(await countsAreExact(database, organisationId)).toBe(true);
  });

  it(
    'never goes past capacity nor assigns twice when 200 conversations arrive at once',
    { timeout: 120_000 },
    async () => {
      const agents = await createAgents(database, organisationId, 5, { capacity: 10 });
      await teamWith(agents);
      const ids = await createConversations(database, account, 200);

      const outcomes = await Promise.all(ids.map((id) => assignment.route(id, snapshotOf(account))));

      expect(outcomes.filter((outcome) => outcome.kind === 'assigned')).toHaveLength(50);
      expect(outcomes.filter((outcome) => outcome.kind === 'queued')).toHaveLength(150);
      const counts = await openCounts(database, organisationId);
      for (const agent of agents) expect(counts.get(agent)).toEqual({ recorded: 10, actual: 10 });
      const assignedEvents = await database
        .sql()
        .selectFrom('ConversationEvent')
        .select('conversation')
        .where('organisation', '=', organisationId)
        .where('kind', '=', 'assigned')
        .execute();
      expect(new Set(assignedEvents.map((event) => event.conversation)).size).toBe(50);
      expect(assignedEvents).toHaveLength(50);
      const rows = await conversationsOf(database, ids);
      expect(rows.filter((row) => row.assignedUser === null && row.queuedAt !== null)).toHaveLength(150);
      expect(await assignment.drain([rows[0]!.team!])).toBe(0);
    },
  );

  it('keeps an agent in two teams within their capacity across both', async () => {
    const [shared, other] = await createAgents(database, organisationId, 2, { capacity: 3 });
    const sales = await createTeam(database, organisationId, { members: [shared!] });
    const support = await createTeam(database, organisationId, { members: [shared!, other!] });
    const ids = await createConversations(database, account, 20);

    await Promise.all(ids.map((id, i) => assignment.assign(id, i % 2 === 0 ? sales : support)));

    expect(await openOf(shared!)).toEqual({ recorded: 3, actual: 3 });
    expect(await openOf(other!)).toEqual({ recorded: 3, actual: 3 });
    const rows = await conversationsOf(database, ids);
    expect(rows.filter((row) => row.assignedUser !== null)).toHaveLength(6);
  });

  it('returns an offline agent’s unanswered conversations to the queue, in their place, for another agent', async () => {
    const [a, b] = await createAgents(database, organisationId, 2, { capacity: 2 });
    await assignment.setAvailability(b!, 'offline');
    await teamWith([a!, b!]);
    const ids = await createConversations(database, account, 3);
    await routeAll(ids);
    expect(await owners(ids)).toEqual([a, a, null]);
    expect(await recordFirstResponse(database.sql(), ids[0]!, new Date())).toBe(true);
    expect(await recordFirstResponse(database.sql(), ids[0]!, new Date())).toBe(false);
    const [, before] = await conversationsOf(database, ids);

    await assignment.setAvailability(a!, 'offline');
    expect(await owners(ids)).toEqual([a, null, null]);
    expect(await openOf(a!)).toEqual({ recorded: 1, actual: 1 });

    await assignment.setAvailability(b!, 'online');
    expect(await owners(ids)).toEqual([a, b, b]);
    const [, after] = await conversationsOf(database, ids);
    expect(new Date(after!.queuedAt!).getTime()).toBe(new Date(before!.queuedAt!).getTime());
    expect((await eventsOf(database, ids[1]!)).map((event) => event.kind)).toEqual([
      'assigned',
      'returned_to_queue',
      'assigned',
    ]);
    expect(await countsAreExact(database, organisationId)).toBe(true);
  });

  it('returns a deactivated agent’s unanswered conversations to the queue, for another agent', async () => {
    const [a, b] = await createAgents(database, organisationId, 2, { capacity: 1 });
    await teamWith([a!, b!]);
    const ids = await createConversations(database, account, 3);
    await routeAll(ids);
    expect(await owners(ids)).toEqual([a, b, null]);
    const admin = await createUser(database, organisationId, 'admin');

    await new UpdateUserUseCase(database, assignment).execute(admin, a!, { status: 'deactivated' });

    expect(await owners(ids)).toEqual([null, b, null]);
    await assignment.release(ids[1]!, { reason: 'closed' });
    expect(await owners(ids)).toEqual([b, null, null]); // the returned one kept its place, ahead of the third
    expect((await openCounts(database, organisationId)).get(a!)).toEqual({ recorded: 0, actual: 0 });
  });

  it('gives a returning contact back to their previous agent under sticky', async () => {
    const [a, b, c] = await createAgents(database, organisationId, 3);
    await teamWith([a!, b!, c!], { strategy: 'sticky', fallbackStrategy: 'round_robin', members: [] });
    const [first, second] = await createConversations(database, account, 2);
    await routeAll([first!]);
    await assignment.release(first!, { reason: 'closed' });
    await routeAll([second!]);
    expect(await owners([first!, second!])).toEqual([null, b]);

    await assignment.reopen(first!);

    expect(await owners([first!])).toEqual([a]); // round-robin alone would have given it to c
    expect(await countsAreExact(database, organisationId)).toBe(true);
  });

  it('gives least-busy’s ties to the agent idle longest', async () => {
    const [a, b, c] = await createAgents(database, organisationId, 3);
    await database
      .sql()
      .updateTable('AgentState')
      .set({ idleSince: new Date(Date.UTC(2025, 5, 16, 8, 0)) })
      .where('user', '=', b!)
      .execute();
    await teamWith([a!, b!, c!], { strategy: 'least_busy', members: [] });
    const ids = await createConversations(database, account, 4);

    await routeAll(ids);

    expect(await owners(ids)).toEqual([b, a, c, b]);
  });

  it('keeps open counts exact through transfers, closes, snoozes and reopens', async () => {
    const [a, b, c] = await createAgents(database, organisationId, 3, { capacity: 3 });
    await teamWith([a!, b!]);
    const escalations = await createTeam(database, organisationId, { members: [c!] });
    const ids = await createConversations(database, account, 5);
    await routeAll(ids);
    expect(await owners(ids)).toEqual([a, b, a, b, a]);
    const exact = async () => expect(await countsAreExact(database, organisationId)).toBe(true);

    const toAgent = await assignment.release(ids[0]!, {
      reason: 'transferred',
      to: { userId: c! },
      note: 'VIP customer',
    });
    expect(toAgent).not.toHaveProperty('refused');
    await exact();
    await assignment.release(ids[1]!, { reason: 'transferred', to: { teamId: escalations } });
    expect(await owners(ids)).toEqual([c, c, a, b, a]);
    await exact();

    await assignment.release(ids[2]!, { reason: 'snoozed', until: new Date(Date.now() + 60_000) });
    await assignment.release(ids[3]!, { reason: 'closed' });
    await exact();
    expect(await openOf(a!)).toEqual({ recorded: 1, actual: 1 });

    await assignment.reopen(ids[2]!); // back to its owner, who has a slot
    await assignment.reopen(ids[3]!);
    await exact();
    expect(await owners(ids)).toEqual([c, c, a, b, a]);

    expect(await assignment.assignTo(ids[3]!, c!)).not.toHaveProperty('refused');
    expect(await assignment.assignTo(ids[4]!, c!)).toEqual({ refused: 'AGENT_AT_CAPACITY', capacity: 3 });
    await assignment.setAvailability(b!, 'offline');
    expect(await assignment.assignTo(ids[4]!, b!)).toEqual({ refused: 'AGENT_OFFLINE' });
    await exact();
    expect((await eventsOf(database, ids[0]!)).at(-1)).toMatchObject({
      kind: 'transferred',
      fromUser: a,
      toUser: c,
      note: 'VIP customer',
    });
  });

  it('wakes snoozed conversations whose time has come', async () => {
    const [a] = await createAgents(database, organisationId, 1);
    await teamWith([a!]);
    const [id] = await createConversations(database, account, 1);
    await routeAll([id!]);
    await assignment.release(id!, { reason: 'snoozed', until: new Date(Date.now() - 1) });
    expect(await openOf(a!)).toEqual({ recorded: 0, actual: 0 });

    expect(await assignment.wakeSnoozed()).toBe(1);

    const [row] = await conversationsOf(database, [id!]);
    expect(row).toMatchObject({ status: 'open', assignedUser: a });
    expect(await openOf(a!)).toEqual({ recorded: 1, actual: 1 });
  });

  it('assigns a conversation routed twice only once', async () => {
    const [a, b] = await createAgents(database, organisationId, 2);
    await teamWith([a!, b!]);
    const [id] = await createConversations(database, account, 1);

    const [first, second] = await Promise.all([
      assignment.route(id!, snapshotOf(account)),
      assignment.route(id!, snapshotOf(account)),
    ]);

    const kinds = [first?.kind, second?.kind];
    expect(kinds.filter((kind) => kind === 'assigned')).toHaveLength(1);
    expect(kinds.filter((kind) => kind === 'kept' || kind === 'skipped')).toHaveLength(1);
    expect((await eventsOf(database, id!)).map((event) => event.kind)).toEqual(['assigned']);
    expect(await countsAreExact(database, organisationId)).toBe(true);
  });

  it('opens a closed or snoozed conversation again when the customer writes', async () => {
    const [a, b] = await createAgents(database, organisationId, 2);
    await teamWith([a!, b!], { strategy: 'sticky', members: [] });
    const [closed, snoozed] = await createConversations(database, account, 2);
    await routeAll([closed!, snoozed!]);
    await assignment.release(closed!, { reason: 'closed' });
    await assignment.release(snoozed!, { reason: 'snoozed', until: new Date(Date.now() + 3_600_000) });
    expect(await openOf(a!)).toEqual({ recorded: 0, actual: 0 });

    const outcomes = await routeAll([closed!, snoozed!]);

    expect(outcomes.map((outcome) => outcome.kind)).toEqual(['assigned', 'kept']);
    expect(await owners([closed!, snoozed!])).toEqual([a, b]);
    const [row] = await conversationsOf(database, [snoozed!]);
    expect(row?.status).toBe('open');
    expect(await countsAreExact(database, organisationId)).toBe(true);
  });

  it('does not hand a conversation straight back to the agent who transferred it to the queue', async () => {
    const [a, b] = await createAgents(database, organisationId, 2);
    await assignment.setAvailability(b!, 'offline');
    const team = await teamWith([a!, b!]);
    const [id] = await createConversations(database, account, 1);
    await routeAll([id!]);

    await assignment.release(id!, { reason: 'transferred', to: { teamId: team }, note: 'not mine' });
    expect(await owners([id!])).toEqual([null]);
    await assignment.drain([team]);
    expect(await owners([id!])).toEqual([null]);

    await assignment.setAvailability(b!, 'online');
    expect(await owners([id!])).toEqual([b]);
  });

  it(
    'keeps every count exact and every agent within capacity under concurrent churn',
    { timeout: 120_000 },
    async () => {
      const agents = await createAgents(database, organisationId, 4, { capacity: 3 });
      const front = await teamWith(agents.slice(0, 3));
      const back = await createTeam(database, organisationId, { members: agents.slice(1) });
      const ids = await createConversations(database, account, 60);
      const soon = () => new Promise((resolve) => setTimeout(resolve, Math.random() * 20));

      await Promise.all([
        ...ids.map(async (id, i) => {
          await (i % 3 === 0 ? assignment.assign(id, back) : assignment.route(id, snapshotOf(account)));
          await soon();
          if (i % 4 === 0) await assignment.release(id, { reason: 'closed' });
          else if (i % 5 === 0)
            await assignment.release(id, { reason: 'transferred', to: { teamId: i % 2 ? front : back } });
          else if (i % 7 === 0)
            await assignment.release(id, { reason: 'snoozed', until: new Date(Date.now() - 1) });
          else if (i % 11 === 0) await assignment.assignTo(id, agents[i % 4]!);
        }),
        (async () => {
          for (const availability of ['offline', 'online', 'away', 'online'] as const) {
            await soon();
            await assignment.setAvailability(agents[1]!, availability);
          }
        })(),
        (async () => {
          await soon();
          await assignment.wakeSnoozed();
        })(),
      ]);
      await assignment.wakeSnoozed();
      await assignment.drainAll();

      const counts = await openCounts(database, organisationId);
      for (const agent of agents) {
        expect(counts.get(agent)!.recorded).toBe(counts.get(agent)!.actual);
        expect(counts.get(agent)!.recorded).toBeLessThanOrEqual(3);
      }
      const rows = await conversationsOf(database, ids);
      const waiting = rows.filter(
        (row) => row.status === 'open' && row.assignedUser === null && row.team !== null,
      );
      // Whatever still waits has no member with a free slot in its team but the one who handed it away.
      const members = { [front]: agents.slice(0, 3), [back]: agents.slice(1) };
      for (const row of waiting) {
        const away = await handedAwayBy(database.sql(), row.id);
        for (const member of members[row.team!]!.filter((agent) => agent !== away))
          expect(counts.get(member)!.recorded, `${row.id} waits while ${member} has a slot`).toBe(3);
      }
    },
  );

  it('leaves a conversation no rule routes, with no default team, unassigned', async () => {
    const [id] = await createConversations(database, account, 1);
    expect(await assignment.route(id!, snapshotOf(account))).toEqual({
      kind: 'unrouted',
      conversationId: id,
    });
  });
});
