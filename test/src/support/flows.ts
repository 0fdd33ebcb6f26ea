import { randomInt } from 'node:crypto';
import {
  channelAccountSchema,
  flowAnalyticsSchema,
  flowDetailSchema,
  flowInvalidSchema,
  flowRunSchema,
  flowSummarySchema,
  listSchema,
  type FlowAnalytics,
  type FlowDetail,
  type FlowRunResponse,
  type FlowSummary,
} from '@parley/contracts';
import type { FlowGraph, FlowGraphInput } from '@parley/workflows/flows';
import { z } from 'zod';
import type { EngineClient, SandboxClient, SandboxPhoneMessage } from './clients.js';
import { expectEventually } from './expect-eventually.js';

// Flows over the real stack (docs/flows.md): the lifecycle API as an admin uses it, graphs written
// as JSON, and what a sandbox customer's phone shows of a flow's messages.

export type FlowNodeInput = FlowGraphInput['nodes'][number];
type WithoutPosition<T> = T extends unknown
  ? Omit<T, 'position'> & { position?: { x: number; y: number } }
  : never;

/**
 * A graph from its nodes (placed in a column unless given a position) and edges as
 * `[source, port, target]`; settings default to the schema's.
 */
export function flowGraph(
  nodes: WithoutPosition<FlowNodeInput>[],
  edges: [source: string, port: string, target: string][],
  settings?: FlowGraphInput['settings'],
): FlowGraphInput {
  return {
    schemaVersion: 1,
    nodes: nodes.map((node, index) => ({ position: { x: 0, y: index * 150 }, ...node }) as FlowNodeInput),
    edges: edges.map(([source, sourcePort, target]) => ({
      id: `e-${source}-${sourcePort}`,
      source,
      sourcePort,
      target,
    })),
    ...(settings ? { settings } : {}),
  };
}

/** A keyword no other test's flow listens for (triggers match it exactly). */
export function uniqueKeyword(label: string): string {
  return `${label}-${randomInt(1e6, 9e6)}`;
}

/** The trigger of a keyword that must be the whole message. */
export const keywordTrigger = (keyword: string, id = 'start'): WithoutPosition<FlowNodeInput> => ({
  id,
  type: 'trigger',
  match: { kind: 'keyword', keywords: [keyword], mode: 'exact' },
});

/** The graph's trigger now listens for `keyword` alone. */
export function listenFor<T extends FlowGraph | FlowGraphInput>(graph: T, keyword: string): T {
  for (const node of graph.nodes)
    if (node.type === 'trigger') node.match = { kind: 'keyword', keywords: [keyword], mode: 'exact' };
  return graph;
}

/** The lifecycle API of flows, as the demo's admin calls it. */
export class FlowsApi {
  constructor(private readonly admin: EngineClient) {}

  create(name: string, graph: FlowGraphInput): Promise<FlowDetail> {
    return this.admin.call('POST', '/api/flows', flowDetailSchema, { name, graph });
  }

  get(id: string): Promise<FlowDetail> {
    return this.admin.call('GET', `/api/flows/${id}`, flowDetailSchema);
  }

  saveDraft(id: string, revision: number, graph: FlowGraphInput): Promise<FlowDetail> {
    return this.admin.call('PUT', `/api/flows/${id}/draft`, flowDetailSchema, { revision, graph });
  }

  publishRaw(id: string, revision: number, note = ''): Promise<Response> {
    return this.admin.raw('POST', `/api/flows/${id}/publish`, { revision, note });
  }

  publish(id: string, revision: number, note = ''): Promise<FlowDetail> {
    return this.admin.call('POST', `/api/flows/${id}/publish`, flowDetailSchema, { revision, note });
  }

  /** Publishing refused as invalid (422 FLOW_INVALID): the problems, pinned on nodes. */
  async publishRefused(id: string, revision: number): Promise<z.output<typeof flowInvalidSchema>> {
    const response = await this.publishRaw(id, revision);
    const body: unknown = await response.json();
    if (response.status !== 422)
      throw new Error(`publishing answered ${response.status}: ${JSON.stringify(body)}`);
    return flowInvalidSchema.parse(body);
  }

  rollback(id: string, version: number, note = ''): Promise<FlowDetail> {
    return this.admin.call('POST', `/api/flows/${id}/rollback`, flowDetailSchema, { version, note });
  }

  activate(id: string, channelAccountIds: string[]): Promise<FlowSummary> {
    return this.admin.call('PUT', `/api/flows/${id}/activation`, flowSummarySchema, { channelAccountIds });
  }

  /** Creates, publishes (v1) and, with accounts, activates a flow. */
  async launch(name: string, graph: FlowGraphInput, channelAccountIds: string[] = []): Promise<FlowDetail> {
    const created = await this.create(name, graph);
    if (created.problems.length > 0)
      throw new Error(`${name} has problems: ${JSON.stringify(created.problems, null, 2)}`);
    const published = await this.publish(created.id, created.draft.revision, 'e2e');
    if (channelAccountIds.length > 0) await this.activate(created.id, channelAccountIds);
    return published;
  }

  analytics(id: string, version?: number): Promise<FlowAnalytics> {
    const query = version === undefined ? '' : `?version=${version}`;
    return this.admin.call('GET', `/api/flows/${id}/analytics${query}`, flowAnalyticsSchema);
  }

  async runs(id: string, query = ''): Promise<FlowRunResponse[]> {
    return (await this.admin.call('GET', `/api/flows/${id}/runs${query}`, listSchema(flowRunSchema))).items;
  }

  run(runId: string): Promise<FlowRunResponse> {
    return this.admin.call('GET', `/api/flow-runs/${runId}`, flowRunSchema);
  }

  testRun(id: string, conversationId: string): Promise<FlowRunResponse> {
    return this.admin.call('POST', `/api/flows/${id}/test-runs`, flowRunSchema, { conversationId });
  }
}

/** One node's counts, as analytics answers them, without the timing. */
export function nodeCounts(analytics: FlowAnalytics) {
  return Object.fromEntries(
    analytics.nodes.map((node) => [
      node.nodeId,
      {
        entered: node.entered,
        completed: node.completed,
        dropped: Object.fromEntries(Object.entries(node.dropped).filter(([, count]) => count > 0)),
        waiting: node.waiting,
      },
    ]),
  );
}

/** The WhatsApp account of the sandbox's number (the demo's). */
export async function sandboxAccountId(admin: EngineClient, phoneNumberId: string): Promise<string> {
  const accounts = await admin.call(
    'GET',
    '/api/channel-accounts',
    z.object({ items: z.array(channelAccountSchema) }),
  );
  const account = accounts.items.find((candidate) => candidate.platformAccountId === phoneNumberId);
  if (!account) throw new Error(`no channel account of phone number ${phoneNumberId}`);
  return account.id;
}

let customers = 0;

/** A sandbox customer of its own: a unique wa_id and profile name. */
export interface Customer {
  readonly waId: string;
  readonly name: string;
}

export function newCustomer(label: string): Customer {
  customers += 1;
  const waId = `8195${String(randomInt(0, 1e8)).padStart(8, '0')}`;
  return { waId, name: `Flows ${label} ${customers} ${waId}` };
}

/** What the business sent to the customer, as their phone shows it, oldest first. */
export async function received(sandbox: SandboxClient, waId: string): Promise<SandboxPhoneMessage[]> {
  return (await sandbox.phone(waId)).items.filter((message) => message.direction === 'outbound');
}

/**
 * Waits until the customer's phone shows at least `count` messages from the business and
 * answers them (all of them, oldest first).
 */
export function receivedAtLeast(
  sandbox: SandboxClient,
  customer: Customer,
  count: number,
  timeout = 30_000,
): Promise<SandboxPhoneMessage[]> {
  return expectEventually(
    async () => {
      const messages = await received(sandbox, customer.waId);
      if (messages.length < count)
        throw new Error(
          `${customer.name}'s phone shows ${messages.length} of ${count} messages: ${JSON.stringify(messages.map(summary))}`,
        );
      return messages;
    },
    { timeout, interval: 250, description: `${count} messages on ${customer.name}'s phone` },
  );
}

/** A phone message as [type, text], for comparing what a customer saw. */
export const summary = (message: SandboxPhoneMessage): [string, string | null | undefined] => [
  message.type,
  message.text,
];

const replySchema = z.object({ id: z.string(), title: z.string() });

/** Meta's interactive object of reply buttons, as the phone has it. */
export const replyButtonsContentSchema = z.object({
  type: z.literal('button'),
  body: z.object({ text: z.string() }),
  action: z.object({ buttons: z.array(z.object({ type: z.literal('reply'), reply: replySchema })) }),
});

export const listContentSchema = z.object({
  type: z.literal('list'),
  body: z.object({ text: z.string() }),
  action: z.object({
    button: z.string(),
    sections: z.array(
      z.object({
        title: z.string().optional(),
        rows: z.array(replySchema.extend({ description: z.string().optional() })),
      }),
    ),
  }),
});

export const ctaUrlContentSchema = z.object({
  type: z.literal('cta_url'),
  body: z.object({ text: z.string() }),
  action: z.object({
    name: z.literal('cta_url'),
    parameters: z.object({ display_text: z.string(), url: z.string() }),
  }),
});

/** The buttons of a reply-buttons message on the phone, as `[id, title]`. */
export function buttonsOf(message: SandboxPhoneMessage | undefined): [string, string][] {
  const content = replyButtonsContentSchema.parse(message?.content);
  return content.action.buttons.map((button) => [button.reply.id, button.reply.title]);
}
