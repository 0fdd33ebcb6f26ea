import { randomInt, randomUUID } from 'node:crypto';
import {
  type AgentLoad,
  type Availability,
  type Conversation,
  type ConversationCounts,
  type ConversationEvent,
  type CreateTeam,
  type Page,
  type Team,
  agentLoadSchema,
  automaticRepliesResponseSchema,
  channelAccountSchema,
  conversationCountsSchema,
  conversationEventListSchema,
  conversationRoutingSchema,
  conversationSchema,
  pageSchema,
  routingRulesSchema,
  teamSchema,
} from '@parley/contracts';
import { beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { type Agent, inviteAgent } from '../support/agents.js';
import { type EngineClient, SandboxClient } from '../support/clients.js';
import { expectConsistently, expectEventually } from '../support/expect-eventually.js';
import type { Stack } from '../support/stack.js';
import { useStack } from '../support/use-stack.js';
import { inboundTextWebhook, postWebhook } from '../support/webhooks.js';

// Routing on the real stack (docs/routing.md): customers write through the WhatsApp sandbox, agents
// sign in with their own sessions and set themselves online, and everything is read back through
// the API — who owns each conversation, the queue in its order, each agent's open count and the
// conversation's ownership events. Every test has its own agents, team and customers, and routes
// the organisation's new conversations to its own team.

const running = useStack({ statusDelaysMs: '20,40,60' });
let stack: Stack;
let admin: EngineClient;
let sandbox: SandboxClient;

beforeAll(async () => {
  ({ stack, admin } = running);
  sandbox = new SandboxClient(stack.sandbox.url);
  // The demo's premium plan has five seats; these tests sign in seventeen agents.
  await stack.cli(['set-plan', stack.admin.organisationId, 'agency_plus']);
  // Messages cost credits (docs/credits.md); the demo organisation starts with none.
  await admin.buyCredits(10_000);
}, 120_000);

/** An agent of the demo organisation, signed in with their own session. */
const newAgent = (label: string): Promise<Agent> => inviteAgent(stack, admin, `routing-${label}`);

async function newAgents(label: string, count: number): Promise<Agent[]> {
  const agents: Agent[] = [];
  for (let i = 0; i < count; i++) agents.push(await newAgent(label));
  return agents;
}

/** `PUT /api/me/availability`, as the agent themselves. */
function setAvailability(agent: Agent, availability: Availability, capacity: number): Promise<AgentLoad> {
  return agent.client.call('PUT', '/api/me/availability', agentLoadSchema, { availability, capacity });
}

function loadOf(agent: Agent): Promise<AgentLoad> {
  return agent.client.call('GET', '/api/me/availability', agentLoadSchema);
}

/** A team of these agents (in this order, no capacity overrides) that new conversations go to. */
async function teamOf(
  agents: Agent[],
  options: Omit<CreateTeam, 'members' | 'defaultCapacity' | 'name'> & { name: string },
): Promise<Team> {
  const team = await admin.call('POST', '/api/teams', teamSchema, {
    ...options,
    name: `${options.name} ${randomInt(1e6, 9e6)}`,
    defaultCapacity: 5,
    members: agents.map((agent) => ({ userId: agent.id, capacity: null })),
  } satisfies CreateTeam);
  const rules = await admin.call('PUT', '/api/routing-rules', routingRulesSchema, {
    rules: [],
    defaultTeamId: team.id,
  });
  expect(rules.defaultTeamId).toBe(team.id);
  return team;
}

/** Every conversation of a list (a query string of `GET /api/conversations`), page after page. */
async function listed(client: EngineClient, query: string): Promise<Conversation[]> {
  const items: Conversation[] = [];
  let cursor: string | null = null;
  do {
    const path: string = `/api/conversations?${query}&limit=200${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`;
    const page: Page<Conversation> = await client.call('GET', path, pageSchema(conversationSchema));
    items.push(...page.items);
    cursor = page.nextCursor;
  } while (cursor);
  return items;
}

const mine = (agent: Agent) => listed(agent.client, 'view=mine');
const queueOf = (team: Team, client: EngineClient = admin) => listed(client, `view=queue&teamId=${team.id}`);
const ofTeam = (team: Team) => listed(admin, `view=all&teamId=${team.id}`);
const countsOf = (agent: Agent): Promise<ConversationCounts> =>
  agent.client.call('GET', '/api/conversations/counts', conversationCountsSchema);
const ids = (conversations: { id: string }[]) => conversations.map((conversation) => conversation.id);
const sorted = (values: string[]) => [...values].sort();

async function eventsOf(conversationId: string): Promise<ConversationEvent[]> {
  const path = `/api/conversations/${conversationId}/events`;
  return (await admin.call('GET', path, conversationEventListSchema)).items;
}

/** Each event as `kind`, `kind>to-agent` or `kind<from-agent`, by the agents' labels. */
function story(events: ConversationEvent[], agents: Agent[]): string[] {
  const label = (id: string | undefined) => agents.find((agent) => agent.id === id)?.name ?? id;
  return events.map((event) =>
    event.toUser
      ? `${event.kind}>${label(event.toUser.id)}`
      : event.fromUser
        ? `${event.kind}<${label(event.fromUser.id)}`
        : event.kind,
  );
}

interface Customer {
  readonly waId: string;
  readonly name: string;
}

let customers = 0;
function newCustomer(label: string): Customer {
  customers += 1;
  const waId = `8193${String(randomInt(0, 1e8)).padStart(8, '0')}`;
  return { waId, name: `Routing ${label} ${customers} ${waId}` };
}

/** The customer writes from their phone (the sandbox posts the signed webhook). */
async function write(customer: Customer, text: string): Promise<void> {
  const sent = await sandbox.sendAsCustomer(customer.waId, text, customer.name);
  expect(sent.webhookStatus, `the webhook of ${customer.name}`).toBe(200);
}

/** The contact's conversation once routing has placed it in `team`, as `check` wants it. */
function conversationOf(
  customer: { name: string },
  team: Team,
  check: (conversation: Conversation) => void = () => {},
): Promise<Conversation> {
  return expectEventually(
    async () => {
      const found = (await ofTeam(team)).find((conversation) => conversation.contact.name === customer.name);
      expect(found, `${customer.name}'s conversation in ${team.name}`).toBeDefined();
      check(found!);
      return found!;
    },
    { timeout: 30_000, description: `${customer.name}'s conversation` },
  );
}

/** The conversation's contact, by name (every customer here has a unique one). */
const contactOf = (conversation: Conversation) => ({ name: conversation.contact.name! });

const assignedTo = (agent: Agent) => (conversation: Conversation) =>
  expect(conversation.assignee?.id, `${conversation.contact.name}'s agent`).toBe(agent.id);
const queued = (conversation: Conversation) => {
  expect(conversation.assignee ?? null, `${conversation.contact.name}'s agent`).toBeNull();
  expect(conversation.queuedAt, `${conversation.contact.name} waits`).toEqual(expect.any(String));
};

/** The customer writes and the conversation is assigned to `agent`, or queued when `agent` is null. */
async function writesAndLands(customer: Customer, team: Team, agent: Agent | null): Promise<Conversation> {
  await write(customer, `Hello from ${customer.name}`);
  return conversationOf(customer, team, agent ? assignedTo(agent) : queued);
}

async function close(agent: Agent, conversation: Conversation) {
  const path = `/api/conversations/${conversation.id}/close`;
  const closed = await agent.client.call('POST', path, conversationRoutingSchema);
  expect(closed).toMatchObject({ status: 'closed', assignedUserId: null });
}

describe('routing on the real stack', () => {
  it('round-robin hands six new conversations to three online agents in turn, two each', async () => {
    const agents = await newAgents('rr', 3);
    for (const agent of agents) await setAvailability(agent, 'online', 5);
    const team = await teamOf(agents, { name: 'Round robin', strategy: 'round_robin' });

    const conversations: Conversation[] = [];
    for (let i = 0; i < 6; i++)
      conversations.push(await writesAndLands(newCustomer('rr'), team, agents[i % 3]!));

    for (const [index, agent] of agents.entries()) {
      const expected = [conversations[index]!, conversations[index + 3]!];
      expect(sorted(ids(await mine(agent))), agent.name).toEqual(sorted(ids(expected)));
      expect(await countsOf(agent), agent.name).toMatchObject({ mine: 2, team: 6, queue: 0 });
      expect(await loadOf(agent), agent.name).toEqual({ availability: 'online', capacity: 5, openCount: 2 });
    }
    // Each was assigned once, by routing, in the team.
    for (const [index, conversation] of conversations.entries()) {
      const events = await eventsOf(conversation.id);
      expect(story(events, agents)).toEqual([`assigned>${agents[index % 3]!.name}`]);
      expect(events[0]).toMatchObject({ actor: null, toTeam: { id: team.id } });
    }
  }, 120_000);

  it('queues what no agent has room for, oldest first, and hands the longest-waiting one to the agent whose slot frees', async () => {
    const [first, second] = (await newAgents('cap', 2)) as [Agent, Agent];
    await setAvailability(first, 'online', 1);
    await setAvailability(second, 'online', 1);
    const team = await teamOf([first, second], { name: 'Capacity one', strategy: 'round_robin' });

    const one = await writesAndLands(newCustomer('cap'), team, first);
    const two = await writesAndLands(newCustomer('cap'), team, second);
    const three = await writesAndLands(newCustomer('cap'), team, null);
    const four = await writesAndLands(newCustomer('cap'), team, null);

    // The queue, longest-waiting first, as the admin and as a member of the team see it.
    const queue = await queueOf(team);
    expect(ids(queue)).toEqual([three.id, four.id]);
    expect(Date.parse(queue[0]!.queuedAt!)).toBeLessThan(Date.parse(queue[1]!.queuedAt!));
    expect(queue.map((conversation) => conversation.assignee ?? null)).toEqual([null, null]);
    expect(ids(await listed(first.client, 'view=queue'))).toEqual([three.id, four.id]);
    expect(await countsOf(first)).toMatchObject({ mine: 1, team: 4, queue: 2 });
    expect((await loadOf(second)).openCount).toBe(1);

    await close(first, one);
    await conversationOf(contactOf(three), team, assignedTo(first));
    expect(ids(await queueOf(team))).toEqual([four.id]);
    expect(ids(await mine(first))).toEqual([three.id]);
    expect(story(await eventsOf(three.id), [first, second])).toEqual(['queued', `assigned>${first.name}`]);

    await close(second, two);
    await conversationOf(contactOf(four), team, assignedTo(second));
    expect(await queueOf(team)).toEqual([]);
    expect(ids(await mine(second))).toEqual([four.id]);
    expect((await loadOf(first)).openCount).toBe(1);
    expect((await loadOf(second)).openCount).toBe(1);
    expect(await countsOf(second)).toMatchObject({ mine: 1, team: 2, queue: 0 });
  }, 120_000);

  it('takes 200 conversations arriving at once with five agents of capacity 20: 20 each, 100 queued, none assigned twice, nobody over capacity', async () => {
    const capacity = 20;
    const agents = await newAgents('load', 5);
    for (const agent of agents) await setAvailability(agent, 'online', capacity);
    const team = await teamOf(agents, { name: 'Load', strategy: 'round_robin' });
    const crowd = Array.from({ length: 200 }, () => newCustomer('load'));

    // Each agent's open count, read over and over while the conversations arrive.
    const highest = new Map(agents.map((agent) => [agent.id, 0]));
    let arriving = true;
    const watch = (async () => {
      while (arriving) {
        const loads = await Promise.all(agents.map(loadOf));
        for (const [index, load] of loads.entries())
          highest.set(agents[index]!.id, Math.max(highest.get(agents[index]!.id)!, load.openCount));
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
    })();
    const started = Date.now();
    await Promise.all(crowd.map((customer) => write(customer, 'Is my order on its way?')));
    const conversations = await expectEventually(
      async () => {
        const all = await ofTeam(team);
        expect(all).toHaveLength(200);
        return all;
      },
      { timeout: 90_000, interval: 500, description: '200 conversations in the team' },
    );
    arriving = false;
    await watch;
    console.info(`200 conversations routed ${Date.now() - started} ms after the first webhook`);

    expect(sorted(conversations.map((conversation) => conversation.contact.name ?? ''))).toEqual(
      sorted(crowd.map((customer) => customer.name)),
    );
    expect(conversations.every((conversation) => conversation.status === 'open')).toBe(true);
    const assigned = conversations.filter((conversation) => conversation.assignee);
    const waiting = conversations.filter((conversation) => !conversation.assignee);
    expect(assigned).toHaveLength(100);
    expect(waiting).toHaveLength(100);
    for (const conversation of waiting) queued(conversation);
    expect(ids(await queueOf(team))).toEqual(
      ids(
        [...waiting].sort(
          (a, b) => Date.parse(a.queuedAt!) - Date.parse(b.queuedAt!) || (a.id < b.id ? -1 : 1),
        ),
      ),
    );

    // Every agent got exactly their capacity and never held more, by every reading.
    const theirs = new Set<string>();
    for (const agent of agents) {
      expect(highest.get(agent.id), `${agent.name}'s highest open count`).toBeLessThanOrEqual(capacity);
      const own = await mine(agent);
      expect(own, agent.name).toHaveLength(capacity);
      expect(sorted(ids(own))).toEqual(
        sorted(ids(assigned.filter((conversation) => conversation.assignee!.id === agent.id))),
      );
      for (const id of ids(own)) theirs.add(id);
      expect(await loadOf(agent)).toEqual({ availability: 'online', capacity, openCount: capacity });
      expect(await countsOf(agent)).toMatchObject({ mine: capacity, team: 200, queue: 100 });
    }
    expect(theirs.size).toBe(100);

    // Each conversation's own record: assigned once to its agent, or queued and never assigned.
    const assignments = new Map(agents.map((agent) => [agent.id, 0]));
    for (let i = 0; i < conversations.length; i += 10) {
      const batch = conversations.slice(i, i + 10);
      const histories = await Promise.all(batch.map((conversation) => eventsOf(conversation.id)));
      for (const [index, events] of histories.entries()) {
        const conversation = batch[index]!;
        const kinds = events.map((event) => event.kind);
        if (conversation.assignee) {
          expect(kinds, conversation.contact.name!).toEqual(['assigned']);
          expect(events[0]!.toUser?.id).toBe(conversation.assignee.id);
          assignments.set(conversation.assignee.id, assignments.get(conversation.assignee.id)! + 1);
        } else expect(kinds, conversation.contact.name!).toEqual(['queued']);
      }
    }
    expect([...assignments.values()]).toEqual(agents.map(() => capacity));
  }, 180_000);

  it('going offline returns the agent’s unanswered conversations to the queue in their old place; answered ones stay, and the queue drains to the others', async () => {
    const [leaving, staying, later] = (await newAgents('offline', 3)) as [Agent, Agent, Agent];
    await setAvailability(leaving, 'online', 3);
    await setAvailability(staying, 'online', 1);
    await setAvailability(later, 'offline', 2);
    const agents = [leaving, staying, later];
    const team = await teamOf(agents, { name: 'Offline', strategy: 'round_robin' });

    const answered = await writesAndLands(newCustomer('offline'), team, leaving);
    const busy = await writesAndLands(newCustomer('offline'), team, staying);
    const unansweredA = await writesAndLands(newCustomer('offline'), team, leaving);
    const unansweredB = await writesAndLands(newCustomer('offline'), team, leaving);
    const waiting = await writesAndLands(newCustomer('offline'), team, null);
    expect(Date.parse(unansweredB.queuedAt!)).toBeLessThan(Date.parse(waiting.queuedAt!));

    const reply = await leaving.client.sendMessage(answered.id, {
      clientId: randomUUID(),
      message: { type: 'text', text: 'Thanks for writing — I am looking into it.' },
    });
    expect(reply.sentBy?.id).toBe(leaving.id);
    await expectEventually(async () =>
      expect((await admin.conversation(answered.id)).firstResponseAt).toEqual(expect.any(String)),
    );

    const load = await setAvailability(leaving, 'offline', 3);
    expect(load).toEqual({ availability: 'offline', capacity: 3, openCount: 1 });
    expect(ids(await mine(leaving))).toEqual([answered.id]);
    // Back in the queue ahead of the one that was already waiting: they keep their queuedAt.
    const queue = await queueOf(team);
    expect(ids(queue)).toEqual([unansweredA.id, unansweredB.id, waiting.id]);
    expect(queue.map((conversation) => conversation.queuedAt)).toEqual([
      unansweredA.queuedAt,
      unansweredB.queuedAt,
      waiting.queuedAt,
    ]);
    expect(story(await eventsOf(unansweredA.id), agents)).toEqual([
      `assigned>${leaving.name}`,
      `returned_to_queue<${leaving.name}`,
    ]);

    // A slot frees with the one who stayed: the longest-waiting goes to them.
    await close(staying, busy);
    await conversationOf(contactOf(unansweredA), team, assignedTo(staying));
    // Someone comes online: the rest drains to them, oldest first.
    await setAvailability(later, 'online', 2);
    await conversationOf(contactOf(unansweredB), team, assignedTo(later));
    await conversationOf(contactOf(waiting), team, assignedTo(later));
    expect(await queueOf(team)).toEqual([]);
    expect(ids(await mine(leaving))).toEqual([answered.id]);
    expect((await admin.conversation(answered.id)).assignee?.id).toBe(leaving.id);
    expect(story(await eventsOf(unansweredA.id), agents)).toEqual([
      `assigned>${leaving.name}`,
      `returned_to_queue<${leaving.name}`,
      `assigned>${staying.name}`,
    ]);
    expect((await loadOf(staying)).openCount).toBe(1);
    expect((await loadOf(later)).openCount).toBe(2);
  }, 120_000);

  it('sends no automatic reply while a person owns the conversation; the queued one beside it is greeted', async () => {
    const [agent] = (await newAgents('handoff', 1)) as [Agent];
    await setAvailability(agent, 'online', 1);
    const team = await teamOf([agent], { name: 'Handoff', strategy: 'round_robin' });
    const greeting = `Routing check greeting ${randomInt(1e6, 9e6)}: we will be with you shortly.`;
    const accounts = await admin.call(
      'GET',
      '/api/channel-accounts',
      z.object({ items: z.array(channelAccountSchema) }),
    );
    const accountId = accounts.items.find((account) => account.platformAccountId === stack.phoneNumberId)!.id;
    const path = `/api/channel-accounts/${accountId}/automatic-replies`;
    const before = await admin.call('GET', path, automaticRepliesResponseSchema);
    await admin.call('PUT', path, automaticRepliesResponseSchema, {
      language: before.language,
      greeting: { enabled: true, text: greeting },
      away: before.away,
      businessHours: before.businessHours,
      fallbackTemplate: before.fallbackTemplate,
    });

    // Both customers last wrote a day ago (a window that has closed): routing places them — the
    // one the agent has room for assigned, the other queued — and no automatic reply is due yet.
    const owned = newCustomer('handoff-owned');
    const waiting = newCustomer('handoff-queued');
    const dayAgo = Math.floor(Date.now() / 1000) - 25 * 60 * 60;
    for (const customer of [owned, waiting]) {
      const { body } = inboundTextWebhook({
        phoneNumberId: stack.phoneNumberId,
        waId: customer.waId,
        name: customer.name,
        text: 'Yesterday’s question',
        timestamp: dayAgo,
      });
      const response = await postWebhook(stack.engine.url, body, { secret: stack.secrets.appSecret });
      expect(response.status).toBe(200);
      await conversationOf(customer, team, customer === owned ? assignedTo(agent) : queued);
    }

    // Now both write again: a new window, whose first message automation answers with the
    // greeting — for the queued conversation, and not for the one the agent owns.
    const since = new Date(Date.now() - 1_000);
    const greetingsTo = async (customer: Customer) =>
      (await sandbox.outbound(since)).filter((message) => message.to === customer.waId);
    await write(owned, 'Hello again, about my order');
    await write(waiting, 'Hello again, about my order');
    await expectEventually(
      async () => expect((await greetingsTo(waiting)).map((message) => message.text)).toEqual([greeting]),
      { timeout: 30_000, description: 'the greeting of the queued conversation' },
    );
    const ownedConversation = await conversationOf(owned, team, assignedTo(agent));
    await expectConsistently(
      async () => {
        expect(await greetingsTo(owned)).toEqual([]);
        const thread = await admin.messages(ownedConversation.id);
        expect(thread.filter((message) => message.direction === 'outbound')).toEqual([]);
      },
      { duration: 5_000, interval: 500 },
    );
    expect((await sandbox.phone(owned.waId)).items.filter((m) => m.direction === 'outbound')).toEqual([]);
    // Still the agent's, and the other still waits.
    expect((await admin.conversation(ownedConversation.id)).assignee?.id).toBe(agent.id);
    await conversationOf(waiting, team, queued);
  }, 120_000);

  it('sticky hands a returning contact back to their previous agent, though round-robin would pick another', async () => {
    const agents = (await newAgents('sticky', 3)) as [Agent, Agent, Agent];
    const [previous, next, third] = agents;
    for (const agent of agents) await setAvailability(agent, 'online', 5);
    const team = await teamOf(agents, {
      name: 'Sticky',
      strategy: 'sticky',
      fallbackStrategy: 'round_robin',
    });
    const returning = newCustomer('sticky-returning');
    const conversation = await writesAndLands(returning, team, previous);
    await close(previous, conversation);
    // A new contact meanwhile: round-robin (the fallback) moves on to the next agent, so the one
    // after them would be next.
    await writesAndLands(newCustomer('sticky-new'), team, next);

    await write(returning, 'Me again — one more question');
    await conversationOf(returning, team, assignedTo(previous));
    expect(story(await eventsOf(conversation.id), agents)).toEqual([
      `assigned>${previous.name}`,
      `closed<${previous.name}`,
      'reopened',
      `assigned>${previous.name}`,
    ]);
    expect((await loadOf(previous)).openCount).toBe(1);
    expect((await loadOf(third)).openCount).toBe(0);

    // While the previous agent is offline the fallback applies: round-robin after them.
    await close(previous, conversation);
    await setAvailability(previous, 'offline', 5);
    await write(returning, 'And another one');
    await conversationOf(returning, team, assignedTo(next));
  }, 120_000);
});
