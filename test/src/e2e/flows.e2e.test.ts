import { createServer, type IncomingHttpHeaders } from 'node:http';
import type { AddressInfo } from 'node:net';
import { randomInt, randomUUID } from 'node:crypto';
import {
  agentLoadSchema,
  automaticRepliesResponseSchema,
  contactProfileSchema,
  conversationRoutingSchema,
  conversationSchema,
  flowSettingsResponseSchema,
  pageSchema,
  teamSchema,
  templateListSchema,
  type AutomaticReplies,
  type Conversation,
  type CreateTeam,
  type FlowRunResponse,
  type Team,
} from '@parley/contracts';
import { greetingFlow } from '@parley/workflows/flows/testing';
import { beforeAll, describe, expect, it } from 'vitest';
import { type Agent, inviteAgent } from '../support/agents.js';
import { type EngineClient, SandboxClient, type SandboxPhoneMessage } from '../support/clients.js';
import { demoTemplateName } from '../support/demo.js';
import { expectConsistently, expectEventually } from '../support/expect-eventually.js';
import {
  buttonsOf,
  ctaUrlContentSchema,
  type Customer,
  flowGraph,
  FlowsApi,
  keywordTrigger,
  listContentSchema,
  listenFor,
  newCustomer,
  nodeCounts,
  received,
  receivedAtLeast,
  sandboxAccountId,
  summary,
  uniqueKeyword,
} from '../support/flows.js';
import type { Stack } from '../support/stack.js';
import { useStack } from '../support/use-stack.js';
import { inboundTextWebhook, postWebhook } from '../support/webhooks.js';

// Flows on the real stack (docs/flows.md): graphs written as JSON, published and activated through
// the API, run by the conversation workflow for sandbox customers, and read back from what the
// customers' phones show and from the API (conversations, contacts, runs, analytics). Every test
// has its own flows (with keyword triggers of their own, so no test starts another's flow) and its
// own customers, and turns its flows off at the end.

const running = useStack({ statusDelaysMs: '20,40,60' });
let stack: Stack;
let admin: EngineClient;
let sandbox: SandboxClient;
let flows: FlowsApi;
let accountId: string;
let agent: Agent;

beforeAll(async () => {
  ({ stack, admin } = running);
  sandbox = new SandboxClient(stack.sandbox.url);
  flows = new FlowsApi(admin);
  // Templates cost credits (docs/credits.md); the demo organisation starts with none.
  await admin.buyCredits(10_000);
  accountId = await sandboxAccountId(admin, stack.phoneNumberId);
  agent = await inviteAgent(stack, admin, 'flows');
  await agent.client.call('PUT', '/api/me/availability', agentLoadSchema, {
    availability: 'online',
    capacity: 20,
  });
}, 120_000);

/** The customer writes from their phone (the sandbox posts the signed webhook); the message's wamid. */
async function write(customer: Customer, text: string): Promise<string> {
  const sent = await sandbox.sendAsCustomer(customer.waId, text, customer.name);
  expect(sent.webhookStatus, `the webhook of ${customer.name}`).toBe(200);
  return sent.id;
}

/** The customer taps a button (or a list row) of a message on their phone. */
async function tap(
  customer: Customer,
  message: SandboxPhoneMessage,
  choice: { buttonId: string } | { rowId: string },
) {
  const tapped = await sandbox.tap(customer.waId, message.id, choice);
  expect(tapped.webhookStatus, `${customer.name}'s tap`).toBe(200);
}

/** Every conversation of the organisation, by the customer's wa_id. */
async function conversationsByWaId(): Promise<Map<string, Conversation>> {
  const byWaId = new Map<string, Conversation>();
  let cursor: string | null = null;
  do {
    const path: string = `/api/conversations?view=all&limit=200${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`;
    const page = await admin.call('GET', path, pageSchema(conversationSchema));
    for (const conversation of page.items)
      if (conversation.contact.platformId) byWaId.set(conversation.contact.platformId, conversation);
    cursor = page.nextCursor;
  } while (cursor);
  return byWaId;
}

function conversationOf(customer: Customer): Promise<Conversation> {
  return expectEventually(
    async () => {
      const found = (await conversationsByWaId()).get(customer.waId);
      expect(found, `${customer.name}'s conversation`).toBeDefined();
      return found!;
    },
    { description: `${customer.name}'s conversation` },
  );
}

/** A team without members: what is assigned to it waits in its queue. */
function newTeam(label: string): Promise<Team> {
  return admin.call('POST', '/api/teams', teamSchema, {
    name: `Flows ${label} ${randomInt(1e6, 9e6)}`,
    strategy: 'round_robin',
    defaultCapacity: 5,
    members: [],
  } satisfies CreateTeam);
}

/** Runs `work` over `items`, `size` at a time. */
async function inBatches<T, R>(
  items: readonly T[],
  size: number,
  work: (item: T, index: number) => Promise<R>,
) {
  const results: R[] = [];
  for (let start = 0; start < items.length; start += size)
    results.push(
      ...(await Promise.all(items.slice(start, start + size).map((item, i) => work(item, start + i)))),
    );
  return results;
}

/** The flow's only run for this conversation, once `check` holds for it. */
function runOf(flowId: string, conversationId: string, check: (run: FlowRunResponse) => void = () => {}) {
  return expectEventually(
    async () => {
      const runs = (await flows.runs(flowId, '?limit=100')).filter(
        (run) => run.conversationId === conversationId,
      );
      expect(runs, `runs of ${flowId} in ${conversationId}`).toHaveLength(1);
      const run = await flows.run(runs[0]!.id);
      check(run);
      return run;
    },
    { description: `the run of flow ${flowId} in ${conversationId}` },
  );
}

const ended = (status: FlowRunResponse['status']) => (run: FlowRunResponse) =>
  expect(run.status).toBe(status);
/** A run's path as `node:port` (port null: where it stopped). */
const pathOf = (run: FlowRunResponse) => run.steps.map((step) => `${step.nodeId}:${step.port ?? '-'}`);

describe('flows on the real stack', () => {
  it('runs the greeting flow for 200 customers at once: buttons, three answers, and exact per-node counts', async () => {
    const team = await newTeam('greeting');
    const keyword = uniqueKeyword('greeting');
    const graph = listenFor(greetingFlow(), keyword);
    const talk = graph.nodes.find((node) => node.id === 'talk');
    if (talk?.type !== 'assign') throw new Error('the greeting flow has no assign node "talk"');
    talk.target = { kind: 'team', teamId: team.id };

    // First a draft that cannot go: it names a team that does not exist, and a button's title is
    // over WhatsApp's 20 characters. Publishing is refused with the problems on their nodes.
    const invalid = structuredClone(graph);
    for (const node of invalid.nodes) {
      if (node.type === 'assign') node.target = { kind: 'team', teamId: randomUUID() };
      if (node.type === 'reply_buttons') node.buttons[2]!.title = 'Our opening hours today';
    }
    const created = await flows.create(`Greeting ${keyword}`, invalid);
    expect(created.status).toBe('draft');
    const refused = await flows.publishRefused(created.id, created.draft.revision);
    expect(refused.code).toBe('FLOW_INVALID');
    expect(refused.problems).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ nodeId: 'talk', path: ['target', 'teamId'], rule: 'team_missing' }),
        expect.objectContaining({ nodeId: 'menu', path: ['buttons', 2, 'title'], rule: 'channel_limit' }),
      ]),
    );
    expect(refused.problems).toHaveLength(2);
    expect((await flows.get(created.id)).publishedVersion).toBeNull();

    const saved = await flows.saveDraft(created.id, created.draft.revision, graph);
    expect(saved.problems).toEqual([]);
    const published = await flows.publish(created.id, saved.draft.revision, 'the greeting');
    expect(published).toMatchObject({ publishedVersion: 1, unpublishedChanges: false });
    const active = await flows.activate(created.id, [accountId]);
    expect(active).toMatchObject({ status: 'active', channelAccountIds: [accountId] });

    try {
      const crowd = Array.from({ length: 200 }, () => newCustomer('crowd'));
      const waIds = new Set(crowd.map((customer) => customer.waId));
      const since = new Date();
      await Promise.all(crowd.map((customer) => write(customer, keyword)));

      // Everyone gets the menu: one interactive message with the three buttons, no greeting.
      await expectEventually(
        async () => {
          const menus = (await sandbox.outbound(since)).filter((message) => waIds.has(message.to));
          expect(new Set(menus.map((message) => message.to)).size, 'customers with a menu').toBe(200);
        },
        { timeout: 120_000, interval: 1_000, description: '200 menus' },
      );
      const menus = await inBatches(crowd, 20, async (customer) => {
        const phone = await received(sandbox, customer.waId);
        expect(phone.map(summary), customer.name).toEqual([['interactive', 'How can we help?']]);
        expect(buttonsOf(phone[0])).toEqual([
          ['flow:menu:order', 'My order'],
          ['flow:menu:talk', 'Talk to us'],
          ['flow:menu:hours', 'Opening hours'],
        ]);
        return phone[0]!;
      });

      // A third taps each button.
      const choices = ['order', 'talk', 'hours'] as const;
      const choiceOf = (index: number) => choices[index % 3]!;
      const tapped = new Date();
      await Promise.all(
        crowd.map((customer, index) =>
          tap(customer, menus[index]!, { buttonId: `flow:menu:${choiceOf(index)}` }),
        ),
      );
      const answers = {
        order: 'Your order is on its way: you will get a message when it arrives.',
        hours: 'We are open 9–18',
      };
      const answering = crowd.filter((_, index) => choiceOf(index) !== 'talk');
      await expectEventually(
        async () => {
          const texts = (await sandbox.outbound(tapped)).filter((message) => waIds.has(message.to));
          expect(texts.length, 'answers sent').toBeGreaterThanOrEqual(answering.length);
        },
        { timeout: 120_000, interval: 1_000, description: `${answering.length} answers` },
      );
      const answered = new Map<string, string[]>();
      for (const message of (await sandbox.outbound(tapped)).filter((item) => waIds.has(item.to)))
        answered.set(message.to, [...(answered.get(message.to) ?? []), `${message.type}:${message.text}`]);
      crowd.forEach((customer, index) => {
        const choice = choiceOf(index);
        expect(answered.get(customer.waId), `${customer.name} tapped ${choice}`).toEqual(
          choice === 'talk' ? undefined : [`text:${answers[choice]}`],
        );
      });

      // Those who asked to talk wait in the team's queue, nobody else is there.
      const byWaId = await conversationsByWaId();
      const talkers = crowd.filter((_, index) => choiceOf(index) === 'talk');
      await expectEventually(
        async () => {
          const path = `/api/conversations?view=all&teamId=${team.id}&limit=200`;
          const queued = (await admin.call('GET', path, pageSchema(conversationSchema))).items;
          expect(queued.map((conversation) => conversation.contact.platformId).sort()).toEqual(
            talkers.map((customer) => customer.waId).sort(),
          );
        },
        { description: 'the talkers in the team' },
      );
      const one = await admin.conversation(byWaId.get(talkers[0]!.waId)!.id);
      expect(one).toMatchObject({ status: 'open', team: { id: team.id }, assignee: null });
      expect(one.queuedAt).toEqual(expect.any(String));
      const other = await admin.conversation(byWaId.get(answering[0]!.waId)!.id);
      expect(other.team ?? null).toBeNull();

      // The counts of version 1, node by node and port by port.
      const orders = crowd.filter((_, index) => choiceOf(index) === 'order').length;
      const hours = crowd.filter((_, index) => choiceOf(index) === 'hours').length;
      expect([orders, talkers.length, hours]).toEqual([67, 67, 66]);
      const analytics = await expectEventually(
        async () => {
          const counted = await flows.analytics(created.id, 1);
          expect(counted.runs).toEqual({
            started: 200,
            running: 0,
            completed: 133,
            assigned: 67,
            dropped: 0,
          });
          return counted;
        },
        { timeout: 30_000, description: 'every run ended' },
      );
      expect(analytics.version).toBe(1);
      expect(nodeCounts(analytics)).toEqual({
        start: { entered: 200, completed: { next: 200 }, dropped: {}, waiting: 0 },
        menu: { entered: 200, completed: { order: 67, talk: 67, hours: 66 }, dropped: {}, waiting: 0 },
        order_reply: { entered: 67, completed: { next: 67 }, dropped: {}, waiting: 0 },
        talk: { entered: 67, completed: {}, dropped: {}, waiting: 0 },
        hours_reply: { entered: 66, completed: { next: 66 }, dropped: {}, waiting: 0 },
        reminder: { entered: 0, completed: {}, dropped: {}, waiting: 0 },
        done: { entered: 133, completed: {}, dropped: {}, waiting: 0 },
      });
      expect(analytics.nodes.find((node) => node.nodeId === 'menu')?.label).toBe('Main menu');
    } finally {
      await flows.activate(created.id, []);
    }
  }, 300_000);

  it('runs every node type: messages, a list, a template, replies, conditions, input, variables, tags, HTTP, another flow, close and assign', async () => {
    // The shop's order service: records what it is asked, answers the order's status.
    const requests: { method?: string; url?: string; headers: IncomingHttpHeaders }[] = [];
    const server = createServer((request, response) => {
      requests.push({ method: request.method, url: request.url, headers: request.headers });
      response.setHeader('content-type', 'application/json');
      response.end(JSON.stringify({ order: { status: 'shipped', carrier: 'Yamato' } }));
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const port = (server.address() as AddressInfo).port;
    const secret = `tok-${randomUUID()}`;
    const hosts = await admin.call('PUT', '/api/flow-settings/hosts', flowSettingsResponseSchema, {
      allowedHosts: [`127.0.0.1:${port}`],
    });
    expect(hosts.allowedHosts).toEqual([`127.0.0.1:${port}`]);
    const secrets = await admin.call(
      'PUT',
      '/api/flow-settings/secrets/SHOP_TOKEN',
      flowSettingsResponseSchema,
      {
        value: secret,
      },
    );
    expect(secrets.secrets.map((entry) => entry.name)).toContain('SHOP_TOKEN');
    expect(JSON.stringify(secrets)).not.toContain(secret);
    await expectEventually(
      async () => {
        const { items } = await admin.call('GET', '/api/templates?status=APPROVED', templateListSchema);
        expect(items.map((template) => template.name)).toContain(demoTemplateName);
      },
      { description: 'the demo template synced' },
    );

    // The second flow: "anything else?", then close, or to the agent.
    const tailKeyword = uniqueKeyword('tail');
    const tail = await flows.launch(
      `Tail ${tailKeyword}`,
      flowGraph(
        [
          keywordTrigger(tailKeyword),
          {
            id: 'more',
            type: 'reply_buttons',
            body: 'Anything else?',
            buttons: [
              { id: 'close', title: 'No, thanks' },
              { id: 'agent', title: 'Talk to a person' },
            ],
            noMatch: { reaskText: 'Please tap a button.', maxReasks: 0 },
            terminalPorts: ['no_match'],
          },
          { id: 'bye', type: 'end', close: true },
          { id: 'to_agent', type: 'assign', target: { kind: 'agent', userId: agent.id } },
        ],
        [
          ['start', 'next', 'more'],
          ['more', 'close', 'bye'],
          ['more', 'agent', 'to_agent'],
        ],
      ),
      [accountId],
    );

    const keyword = uniqueKeyword('shop');
    const imageLink = 'https://example.com/parley/shop.png';
    const shop = await flows.launch(
      `Shop ${keyword}`,
      flowGraph(
        [
          keywordTrigger(keyword),
          {
            id: 'intro',
            type: 'send_message',
            content: { kind: 'text', text: 'Hello {{contact.name}}, welcome to the shop.' },
          },
          {
            id: 'photo',
            type: 'send_message',
            content: { kind: 'media', media: 'image', link: imageLink, caption: 'Our shop' },
          },
          {
            id: 'site',
            type: 'cta_url',
            body: 'See what is new',
            displayText: 'Open the shop',
            url: 'https://example.com/shop?c={{contact.phone}}',
          },
          { id: 'hello', type: 'send_template', templateName: demoTemplateName, language: 'en_US' },
          {
            id: 'topics',
            type: 'list',
            body: 'What can we do for you?',
            buttonLabel: 'Topics',
            sectionTitle: 'Topics',
            rows: [
              { id: 'orders', title: 'My orders', description: 'Where is my parcel?' },
              { id: 'other', title: 'Something else' },
            ],
            noMatch: { reaskText: 'Please choose a topic.', maxReasks: 0 },
            terminalPorts: ['other', 'no_match'],
          },
          {
            id: 'ask_order',
            type: 'send_message',
            content: { kind: 'text', text: 'What is your order number?' },
          },
          {
            id: 'order_no',
            type: 'wait_for_reply',
            timeoutMinutes: 10,
            saveAs: 'order_number',
            terminalPorts: ['timeout'],
          },
          {
            id: 'looks_like',
            type: 'condition',
            branches: [
              {
                id: 'valid',
                match: 'all',
                rules: [
                  { kind: 'compare', subject: { kind: 'reply' }, operator: 'starts_with', value: 'A-' },
                ],
              },
            ],
          },
          {
            id: 'not_order',
            type: 'send_message',
            content: { kind: 'text', text: 'That is no order number.' },
          },
          {
            id: 'ask_email',
            type: 'collect_input',
            prompt: 'Your email, please?',
            inputType: 'email',
            saveAs: 'email',
            retryText: 'That is not an email address: try again.',
            maxAttempts: 3,
            terminalPorts: ['invalid'],
          },
          {
            id: 'summary',
            type: 'set_variable',
            name: 'summary',
            value: 'order {{order_number}} for {{email}}',
          },
          { id: 'vip', type: 'tag_contact', action: 'add', tag: 'Flow VIP' },
          {
            id: 'is_vip',
            type: 'condition',
            branches: [
              {
                id: 'tagged',
                match: 'all',
                rules: [
                  { kind: 'tag', tag: 'flow vip', present: true },
                  {
                    kind: 'compare',
                    subject: { kind: 'variable', name: 'email' },
                    operator: 'contains',
                    value: '@',
                  },
                ],
              },
            ],
            terminalPorts: ['else'],
          },
          {
            id: 'lookup',
            type: 'http_request',
            method: 'GET',
            url: `http://127.0.0.1:${port}/orders/{{order_number}}`,
            headers: [{ name: 'Authorization', value: 'Bearer {{secret.SHOP_TOKEN}}' }],
            responseMap: [{ path: 'order.status', variable: 'order_status' }],
          },
          {
            id: 'status',
            type: 'send_message',
            content: { kind: 'text', text: 'Your {{summary}} is {{order_status}}.' },
          },
          {
            id: 'lookup_failed',
            type: 'send_message',
            content: { kind: 'text', text: 'We could not look up your order.' },
          },
          { id: 'onward', type: 'go_to_flow', flowId: tail.id },
          { id: 'finish', type: 'end', close: false },
        ],
        [
          ['start', 'next', 'intro'],
          ['intro', 'next', 'photo'],
          ['photo', 'next', 'site'],
          ['site', 'next', 'hello'],
          ['hello', 'next', 'topics'],
          ['topics', 'orders', 'ask_order'],
          ['ask_order', 'next', 'order_no'],
          ['order_no', 'reply', 'looks_like'],
          ['looks_like', 'valid', 'ask_email'],
          ['looks_like', 'else', 'not_order'],
          ['not_order', 'next', 'finish'],
          ['ask_email', 'next', 'summary'],
          ['summary', 'next', 'vip'],
          ['vip', 'next', 'is_vip'],
          ['is_vip', 'tagged', 'lookup'],
          ['lookup', 'success', 'status'],
          ['lookup', 'failure', 'lookup_failed'],
          ['lookup_failed', 'next', 'finish'],
          ['status', 'next', 'onward'],
        ],
        { debounceMs: 0, stepBudget: 200 },
      ),
      [accountId],
    );

    try {
      const customer = newCustomer('shop');
      await write(customer, keyword);
      const first = await receivedAtLeast(sandbox, customer, 5);
      expect(first.map((message) => message.type)).toEqual([
        'text',
        'image',
        'interactive',
        'template',
        'interactive',
      ]);
      expect(first[0]!.text).toBe(`Hello ${customer.name}, welcome to the shop.`);
      expect(first[1]!.content).toMatchObject({ link: imageLink, caption: 'Our shop' });
      expect(ctaUrlContentSchema.parse(first[2]!.content)).toMatchObject({
        body: { text: 'See what is new' },
        action: {
          parameters: {
            display_text: 'Open the shop',
            url: `https://example.com/shop?c=%2B${customer.waId}`,
          },
        },
      });
      expect(first[3]!.content).toMatchObject({ name: demoTemplateName, language: { code: 'en_US' } });
      const list = listContentSchema.parse(first[4]!.content);
      expect(list.body.text).toBe('What can we do for you?');
      expect(list.action.button).toBe('Topics');
      expect(list.action.sections[0]!.rows.map((row) => [row.id, row.title])).toEqual([
        ['flow:topics:orders', 'My orders'],
        ['flow:topics:other', 'Something else'],
      ]);

      await tap(customer, first[4]!, { rowId: 'flow:topics:orders' });
      await receivedAtLeast(sandbox, customer, 6);
      await write(customer, 'A-1001');
      await receivedAtLeast(sandbox, customer, 7);
      await write(customer, 'not an email');
      await receivedAtLeast(sandbox, customer, 8);
      await write(customer, 'Ana@Example.com');
      const phone = await receivedAtLeast(sandbox, customer, 10);
      expect(phone.slice(5).map(summary)).toEqual([
        ['text', 'What is your order number?'],
        ['text', 'Your email, please?'],
        ['text', 'That is not an email address: try again.'],
        ['text', 'Your order A-1001 for ana@example.com is shipped.'],
        ['interactive', 'Anything else?'],
      ]);
      // The order service was asked with the secret, which no API answer shows.
      expect(requests).toHaveLength(1);
      expect(requests[0]).toMatchObject({ method: 'GET', url: '/orders/A-1001' });
      expect(requests[0]!.headers.authorization).toBe(`Bearer ${secret}`);

      const conversation = await conversationOf(customer);
      const contact = await admin.call(
        'GET',
        `/api/contacts/${conversation.contact.id}`,
        contactProfileSchema,
      );
      expect(contact.tags).toContain('flow vip');

      // The other flow's buttons: "No, thanks" ends the flow and closes the conversation.
      expect(buttonsOf(phone[9])).toEqual([
        ['flow:more:close', 'No, thanks'],
        ['flow:more:agent', 'Talk to a person'],
      ]);
      await tap(customer, phone[9]!, { buttonId: 'flow:more:close' });
      await expectEventually(
        async () => expect((await admin.conversation(conversation.id)).status).toBe('closed'),
        {
          description: 'the conversation closed',
        },
      );
      const run = await runOf(shop.id, conversation.id, ended('completed'));
      expect(pathOf(run)).toEqual([
        'start:next',
        'intro:next',
        'photo:next',
        'site:next',
        'hello:next',
        'topics:orders',
        'ask_order:next',
        'order_no:reply',
        'looks_like:valid',
        'ask_email:next',
        'summary:next',
        'vip:next',
        'is_vip:tagged',
        'lookup:success',
        'status:next',
        'onward:-',
        'more:close',
        'bye:-',
      ]);
      expect(run).toMatchObject({ version: 1, test: false, dropReason: null });
      // The second flow's nodes count in its own analytics.
      const tailCounts = nodeCounts(await flows.analytics(tail.id));
      expect(tailCounts.more).toMatchObject({ entered: 1, completed: { close: 1 } });
      expect(tailCounts.bye).toMatchObject({ entered: 1 });

      // The other button hands the conversation to the agent the flow names.
      const second = newCustomer('tail');
      await write(second, tailKeyword);
      const [buttons] = await receivedAtLeast(sandbox, second, 1);
      await tap(second, buttons!, { buttonId: 'flow:more:agent' });
      const secondConversation = await conversationOf(second);
      await expectEventually(
        async () => expect((await admin.conversation(secondConversation.id)).assignee?.id).toBe(agent.id),
        { description: 'assigned to the agent' },
      );
      await runOf(tail.id, secondConversation.id, ended('assigned'));
      await agent.client.call(
        'POST',
        `/api/conversations/${secondConversation.id}/close`,
        conversationRoutingSchema,
      );
    } finally {
      await flows.activate(shop.id, []);
      await flows.activate(tail.id, []);
      await new Promise<void>((resolve) => server.close(() => resolve()));
    }
  }, 120_000);

  it('pins a run to the version it started in; new customers get the latest, and a rollback', async () => {
    const keyword = uniqueKeyword('pinning');
    const versioned = (answer: string) =>
      flowGraph(
        [
          keywordTrigger(keyword),
          {
            id: 'ask',
            type: 'reply_buttons',
            body: 'Which version?',
            buttons: [{ id: 'ok', title: 'Tell me' }],
            noMatch: { reaskText: 'Please tap the button.', maxReasks: 0 },
            terminalPorts: ['no_match'],
          },
          { id: 'answer', type: 'send_message', content: { kind: 'text', text: answer } },
          { id: 'done', type: 'end', close: false },
        ],
        [
          ['start', 'next', 'ask'],
          ['ask', 'ok', 'answer'],
          ['answer', 'next', 'done'],
        ],
      );
    const v1 = await flows.launch(`Pinning ${keyword}`, versioned('Answer of version 1'), [accountId]);
    try {
      /** The customer writes the keyword, gets the buttons and (later) taps: answers their last message. */
      const enter = async (customer: Customer) => {
        await write(customer, keyword);
        const [buttons] = await receivedAtLeast(sandbox, customer, 1);
        expect(buttons!.text).toBe('Which version?');
        return buttons!;
      };
      const tapAndRead = async (customer: Customer, buttons: SandboxPhoneMessage) => {
        await tap(customer, buttons, { buttonId: 'flow:ask:ok' });
        return (await receivedAtLeast(sandbox, customer, 2))[1]!.text;
      };

      const waiting = newCustomer('pinned');
      const waitingButtons = await enter(waiting);
      const v2 = await flows.saveDraft(v1.id, v1.draft.revision, versioned('Answer of version 2'));
      expect(await flows.publish(v1.id, v2.draft.revision, 'new answer')).toMatchObject({
        publishedVersion: 2,
      });

      // The run that waited goes on in version 1; a new customer starts in version 2.
      expect(await tapAndRead(waiting, waitingButtons)).toBe('Answer of version 1');
      const newer = newCustomer('newer');
      expect(await tapAndRead(newer, await enter(newer))).toBe('Answer of version 2');

      // A rollback publishes version 1's graph again, as version 3.
      const rolledBack = await flows.rollback(v1.id, 1, 'back to the first answer');
      expect(rolledBack).toMatchObject({ publishedVersion: 3 });
      const later = newCustomer('later');
      expect(await tapAndRead(later, await enter(later))).toBe('Answer of version 1');

      const byWaId = await conversationsByWaId();
      const versionIn = async (customer: Customer) =>
        (await runOf(v1.id, byWaId.get(customer.waId)!.id, ended('completed'))).version;
      expect([await versionIn(waiting), await versionIn(newer), await versionIn(later)]).toEqual([1, 2, 3]);
      for (const version of [1, 2, 3])
        expect((await flows.analytics(v1.id, version)).runs, `version ${version}`).toMatchObject({
          started: 1,
          completed: 1,
        });
    } finally {
      await flows.activate(v1.id, []);
    }
  }, 90_000);

  it('stops a flow when a person takes the conversation: the customer’s next message gets no flow reply', async () => {
    const keyword = uniqueKeyword('handoff');
    const flow = await flows.launch(
      `Handoff ${keyword}`,
      flowGraph(
        [
          keywordTrigger(keyword),
          { id: 'ask', type: 'send_message', content: { kind: 'text', text: 'Tell us what happened.' } },
          {
            id: 'story',
            type: 'wait_for_reply',
            timeoutMinutes: 10,
            saveAs: 'story',
            terminalPorts: ['timeout'],
          },
          { id: 'thanks', type: 'send_message', content: { kind: 'text', text: 'Thanks: {{story}}' } },
          { id: 'done', type: 'end', close: false },
        ],
        [
          ['start', 'next', 'ask'],
          ['ask', 'next', 'story'],
          ['story', 'reply', 'thanks'],
          ['thanks', 'next', 'done'],
        ],
        { debounceMs: 0, stepBudget: 200 },
      ),
      [accountId],
    );
    try {
      const customer = newCustomer('handoff');
      await write(customer, keyword);
      await receivedAtLeast(sandbox, customer, 1);
      const conversation = await conversationOf(customer);
      await runOf(flow.id, conversation.id, (run) =>
        expect(run).toMatchObject({ status: 'running', currentNodeId: 'story' }),
      );

      const taken = await agent.client.call(
        'POST',
        `/api/conversations/${conversation.id}/assign`,
        conversationRoutingSchema,
        { userId: agent.id },
      );
      expect(taken.assignedUserId).toBe(agent.id);
      const run = await runOf(flow.id, conversation.id, ended('dropped'));
      expect(run).toMatchObject({ dropReason: 'handoff', currentNodeId: null });
      expect(pathOf(run)).toEqual(['start:next', 'ask:next', 'story:-']);

      await write(customer, 'My parcel never came');
      await expectEventually(
        async () => {
          const inbound = (await admin.messages(conversation.id)).filter(
            (message) => message.direction === 'inbound',
          );
          expect(inbound).toHaveLength(2);
        },
        { description: 'the second message stored' },
      );
      await expectConsistently(
        async () =>
          expect((await received(sandbox, customer.waId)).map(summary)).toEqual([
            ['text', 'Tell us what happened.'],
          ]),
        { duration: 4_000, interval: 400 },
      );
      const counts = nodeCounts(await flows.analytics(flow.id));
      expect(counts.story).toEqual({ entered: 1, completed: {}, dropped: { handoff: 1 }, waiting: 0 });
      expect(counts.thanks?.entered).toBe(0);
      expect((await admin.conversation(conversation.id)).assignee?.id).toBe(agent.id);
      await agent.client.call(
        'POST',
        `/api/conversations/${conversation.id}/close`,
        conversationRoutingSchema,
      );
    } finally {
      await flows.activate(flow.id, []);
    }
  }, 60_000);

  it('test-runs a draft that was never published for a sandbox customer, traced step by step and left out of analytics', async () => {
    const keyword = uniqueKeyword('draft');
    const draft = await flows.create(
      `Draft ${keyword}`,
      flowGraph(
        [
          keywordTrigger(keyword),
          {
            id: 'ask',
            type: 'reply_buttons',
            body: 'Is this the draft?',
            buttons: [
              { id: 'yes', title: 'Yes' },
              { id: 'no', title: 'No' },
            ],
            noMatch: { reaskText: 'Please tap a button.', maxReasks: 0 },
            terminalPorts: ['no', 'no_match'],
          },
          {
            id: 'answer',
            type: 'send_message',
            content: { kind: 'text', text: 'The draft says yes, {{last_reply}}.' },
          },
          { id: 'done', type: 'end', close: false },
        ],
        [
          ['start', 'next', 'ask'],
          ['ask', 'yes', 'answer'],
          ['answer', 'next', 'done'],
        ],
      ),
    );
    expect(draft.problems).toEqual([]);
    const customer = newCustomer('tester');
    // A customer who wrote before (the demo's greeting answered, no flow listens to "hello").
    await write(customer, 'hello');
    const [greeting] = await receivedAtLeast(sandbox, customer, 1);
    expect(greeting!.type).toBe('text');
    const conversation = await conversationOf(customer);

    const started = await flows.testRun(draft.id, conversation.id);
    expect(started).toMatchObject({
      flowId: draft.id,
      test: true,
      version: null,
      conversationId: conversation.id,
    });
    const phone = await receivedAtLeast(sandbox, customer, 2);
    expect(phone[1]!.text).toBe('Is this the draft?');
    await tap(customer, phone[1]!, { buttonId: 'flow:ask:yes' });
    const answered = await receivedAtLeast(sandbox, customer, 3);
    expect(answered[2]!.text).toBe('The draft says yes, Yes.');

    const run = await expectEventually(
      async () => {
        const traced = await flows.run(started.id);
        expect(traced.status).toBe('completed');
        return traced;
      },
      { description: 'the test run completed' },
    );
    expect(pathOf(run)).toEqual(['start:next', 'ask:yes', 'answer:next', 'done:-']);
    // Test runs are traced: what each step saw, decided and did.
    const answerStep = run.steps.find((step) => step.nodeId === 'answer')!;
    expect(answerStep.effects).toEqual([
      expect.objectContaining({ kind: 'send', message: { type: 'text', text: 'The draft says yes, Yes.' } }),
    ]);
    expect(run.steps.find((step) => step.nodeId === 'ask')!.input).toMatchObject({
      kind: 'reply',
      reply: { payload: 'flow:ask:yes' },
    });
    expect(run.steps.every((step) => 'output' in step)).toBe(true);
    expect((await flows.runs(draft.id, '?test=true')).map((item) => item.id)).toEqual([started.id]);
    expect(await flows.runs(draft.id, '?test=false')).toEqual([]);

    // Still unpublished; once published, its analytics count no run.
    const unpublished = await admin.raw('GET', `/api/flows/${draft.id}/analytics`);
    expect(unpublished.status).toBe(409);
    const current = await flows.get(draft.id);
    expect(current.publishedVersion).toBeNull();
    await flows.publish(draft.id, current.draft.revision);
    const analytics = await flows.analytics(draft.id, 1);
    expect(analytics.runs.started).toBe(0);
    expect(analytics.nodes.every((node) => node.entered === 0)).toBe(true);
  }, 60_000);

  it('takes texts sent within the debounce as one reply', async () => {
    const keyword = uniqueKeyword('debounce');
    const flow = await flows.launch(
      `Debounce ${keyword}`,
      flowGraph(
        [
          keywordTrigger(keyword),
          { id: 'ask', type: 'send_message', content: { kind: 'text', text: 'What is your address?' } },
          {
            id: 'address',
            type: 'wait_for_reply',
            timeoutMinutes: 10,
            saveAs: 'address',
            terminalPorts: ['timeout'],
          },
          {
            id: 'echo',
            type: 'send_message',
            content: { kind: 'text', text: 'We will deliver to:\n{{address}}' },
          },
          { id: 'done', type: 'end', close: false },
        ],
        [
          ['start', 'next', 'ask'],
          ['ask', 'next', 'address'],
          ['address', 'reply', 'echo'],
          ['echo', 'next', 'done'],
        ],
        { debounceMs: 2_000, stepBudget: 200 },
      ),
      [accountId],
    );
    try {
      const customer = newCustomer('debounce');
      await write(customer, keyword);
      await receivedAtLeast(sandbox, customer, 1);
      await write(customer, '1-2-3 Shibuya');
      await write(customer, 'Tokyo 150-0002');
      const phone = await receivedAtLeast(sandbox, customer, 2);
      expect(phone[1]!.text).toBe('We will deliver to:\n1-2-3 Shibuya\nTokyo 150-0002');
      await expectConsistently(async () => expect(await received(sandbox, customer.waId)).toHaveLength(2), {
        duration: 2_500,
      });
      const conversation = await conversationOf(customer);
      await runOf(flow.id, conversation.id, ended('completed'));
    } finally {
      await flows.activate(flow.id, []);
    }
  }, 60_000);

  it('waits in real time: a one-minute button timeout, and a delay after which the window has closed (the fallback template)', async () => {
    const team = await newTeam('timers');
    const timeoutKeyword = uniqueKeyword('timeout');
    const timeoutGraph = listenFor(greetingFlow(), timeoutKeyword);
    for (const node of timeoutGraph.nodes) {
      if (node.type === 'reply_buttons') node.timeoutMinutes = 1;
      if (node.type === 'assign') node.target = { kind: 'team', teamId: team.id };
    }
    const timeoutFlow = await flows.launch(`Timeout ${timeoutKeyword}`, timeoutGraph, [accountId]);

    const delayKeyword = uniqueKeyword('delay');
    const delayFlow = await flows.launch(
      `Delay ${delayKeyword}`,
      flowGraph(
        [
          keywordTrigger(delayKeyword),
          { id: 'hello', type: 'send_message', content: { kind: 'text', text: 'One moment, please.' } },
          { id: 'pause', type: 'delay', minutes: 1 },
          { id: 'late', type: 'send_message', content: { kind: 'text', text: 'Thank you for waiting.' } },
          { id: 'done', type: 'end', close: false },
        ],
        [
          ['start', 'next', 'hello'],
          ['hello', 'next', 'pause'],
          ['pause', 'next', 'late'],
          ['late', 'next', 'done'],
        ],
      ),
      [accountId],
    );

    // The account's fallback template: what goes instead of a free-form message once the window closed.
    const path = `/api/channel-accounts/${accountId}/automatic-replies`;
    const before = await admin.call('GET', path, automaticRepliesResponseSchema);
    const { items } = await admin.call('GET', '/api/templates?status=APPROVED', templateListSchema);
    const helloWorld = items.find((template) => template.name === demoTemplateName)!;
    const settings: AutomaticReplies = {
      language: before.language,
      greeting: before.greeting,
      away: before.away,
      businessHours: before.businessHours,
      fallbackTemplate: { templateId: helloWorld.id, parameters: { body: {}, buttons: {} } },
    };
    expect(await admin.call('PUT', path, automaticRepliesResponseSchema, settings)).toMatchObject({
      fallbackTemplateProblem: null,
    });

    try {
      // One customer never taps the buttons.
      const idle = newCustomer('idle');
      await write(idle, timeoutKeyword);
      // The other wrote almost a day ago (a late delivery, its timestamp Meta's): the window closes in 30 s.
      const late = newCustomer('late');
      const windowEnds = Date.now() + 30_000;
      const webhook = inboundTextWebhook({
        phoneNumberId: stack.phoneNumberId,
        waId: late.waId,
        name: late.name,
        text: delayKeyword,
        timestamp: Math.floor((windowEnds - 24 * 60 * 60 * 1000) / 1000),
      });
      expect(
        (await postWebhook(stack.engine.url, webhook.body, { secret: stack.secrets.appSecret })).status,
      ).toBe(200);

      const [menu] = await receivedAtLeast(sandbox, idle, 1);
      expect(menu!.text).toBe('How can we help?');
      const [moment] = await receivedAtLeast(sandbox, late, 1);
      expect(moment!.text).toBe('One moment, please.');
      const lateConversation = await conversationOf(late);
      expect(Date.parse(lateConversation.window.expiresAt!)).toBeLessThan(windowEnds + 1_000);

      // A minute on, the buttons time out: the reminder.
      const idlePhone = await receivedAtLeast(sandbox, idle, 2, 100_000);
      expect(idlePhone.map(summary)).toEqual([
        ['interactive', 'How can we help?'],
        ['text', 'Still there? Write to us any time and we will help.'],
      ]);
      // And the delay is over after the window closed: the fallback template goes, the text is held.
      const latePhone = await receivedAtLeast(sandbox, late, 2, 60_000);
      expect(latePhone.map((message) => message.type)).toEqual(['text', 'template']);
      expect(latePhone[1]!.content).toMatchObject({ name: demoTemplateName });
      await expectEventually(async () => {
        const messages = await admin.messages(lateConversation.id);
        expect(
          messages
            .filter((m) => m.direction === 'outbound')
            .map((m) => [m.type, m.text, m.status === 'held']),
        ).toEqual([
          ['text', 'One moment, please.', false],
          ['template', expect.any(String), false],
          ['text', 'Thank you for waiting.', true],
        ]);
      });
      expect((await admin.conversation(lateConversation.id)).heldCount).toBe(1);

      const timeoutCounts = await expectEventually(async () => {
        const counted = await flows.analytics(timeoutFlow.id);
        expect(counted.runs).toMatchObject({ started: 1, completed: 1 });
        return nodeCounts(counted);
      });
      expect(timeoutCounts.menu).toEqual({ entered: 1, completed: { timeout: 1 }, dropped: {}, waiting: 0 });
      expect(timeoutCounts.reminder).toEqual({ entered: 1, completed: { next: 1 }, dropped: {}, waiting: 0 });
      const delayCounts = await expectEventually(async () => {
        const counted = await flows.analytics(delayFlow.id);
        expect(counted.runs).toMatchObject({ started: 1, completed: 1 });
        return nodeCounts(counted);
      });
      expect(delayCounts.pause).toEqual({ entered: 1, completed: { next: 1 }, dropped: {}, waiting: 0 });
      expect(delayCounts.done?.entered).toBe(1);

      // The customer answers: the held text goes.
      await write(late, 'I am here');
      const answered = await receivedAtLeast(sandbox, late, 3);
      // The held text is this window's answer: no greeting.
      expect(answered.slice(2).map(summary)).toEqual([['text', 'Thank you for waiting.']]);
      expect((await admin.conversation(lateConversation.id)).heldCount).toBe(0);
    } finally {
      await admin.call('PUT', path, automaticRepliesResponseSchema, {
        ...settings,
        fallbackTemplate: before.fallbackTemplate,
      });
      await flows.activate(timeoutFlow.id, []);
      await flows.activate(delayFlow.id, []);
    }
  }, 180_000);
});
