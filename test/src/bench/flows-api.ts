import {
  channelAccountSchema,
  flowAnalyticsSchema,
  flowDetailSchema,
  flowSummarySchema,
  listSchema,
  type FlowAnalytics,
} from '@parley/contracts';
import type { FlowGraph } from '@parley/workflows/flows';
import { EngineClient } from '../support/clients.js';

/** A flow the benchmark made, published and turned on. */
export interface LiveFlow {
  id: string;
  name: string;
  version: number;
}

/** An admin's session with the engine, for the flows API. */
export class FlowsAdmin {
  private constructor(private readonly client: EngineClient) {}

  static async signIn(engineUrl: string, email: string, password: string): Promise<FlowsAdmin> {
    const client = new EngineClient(engineUrl);
    await client.signIn(email, password);
    return new FlowsAdmin(client);
  }

  /** The WhatsApp channel account of the business number the customers write to. */
  async whatsappAccountId(phoneNumberId: string): Promise<string> {
    const { items } = await this.client.call(
      'GET',
      '/api/channel-accounts',
      listSchema(channelAccountSchema),
    );
    const account = items.find(
      (item) => item.channel === 'whatsapp' && item.platformAccountId === phoneNumberId && item.connected,
    );
    if (!account)
      throw new Error(
        `no connected WhatsApp account for phone number id ${phoneNumberId} (have: ${items
          .map((item) => `${item.channel} ${item.platformAccountId}`)
          .join(', ')})`,
      );
    return account.id;
  }

  /**
   * Creates the flow with `graph` as its draft, publishes it and turns it on for `channelAccountId`
   * (`POST /api/flows`, `POST …/publish`, `PUT …/activation`). A refusal throws with the engine's
   * whole answer, so the validator's problems are printed.
   */
  async publish(name: string, graph: FlowGraph, channelAccountId: string): Promise<LiveFlow> {
    const created = flowDetailSchema.parse(await this.expect('POST', '/api/flows', { name, graph }, 201));
    const path = `/api/flows/${created.id}`;
    const published = flowDetailSchema.parse(
      await this.expect(
        'POST',
        `${path}/publish`,
        { revision: created.draft.revision, note: 'bench:flows' },
        201,
      ),
    );
    flowSummarySchema.parse(
      await this.expect('PUT', `${path}/activation`, { channelAccountIds: [channelAccountId] }, 200),
    );
    if (published.publishedVersion === null) throw new Error(`${name}: published, but no published version`);
    return { id: created.id, name, version: published.publishedVersion };
  }

  /** Turns the flow off (an empty activation), so a later part's customers do not start it. */
  async deactivate(flow: LiveFlow): Promise<void> {
    await this.expect('PUT', `/api/flows/${flow.id}/activation`, { channelAccountIds: [] }, 200);
  }

  /** The published version's analytics over the runs that started in [from, to). */
  async analytics(flow: LiveFlow, from?: Date, to?: Date): Promise<FlowAnalytics> {
    const query = new URLSearchParams({ version: String(flow.version) });
    if (from) query.set('from', from.toISOString());
    if (to) query.set('to', to.toISOString());
    return this.client.call('GET', `/api/flows/${flow.id}/analytics?${query}`, flowAnalyticsSchema);
  }

  private async expect(method: string, path: string, body: unknown, status: number): Promise<unknown> {
    const response = await this.client.raw(method, path, body);
    const text = await response.text();
    if (response.status !== status)
      throw new Error(
        `${method} ${path} answered ${response.status} (expected ${status}): ${text.slice(0, 4_000)}`,
      );
    return text ? (JSON.parse(text) as unknown) : undefined;
  }
}

/** Steps recorded over all nodes (each node a run entered counts once), and the runs resting in one node. */
export function analyticsSteps(analytics: FlowAnalytics): number {
  return analytics.nodes.reduce((sum, node) => sum + node.entered, 0);
}

export function waitingIn(analytics: FlowAnalytics, nodeId: string): number {
  return analytics.nodes.find((node) => node.nodeId === nodeId)?.waiting ?? 0;
}
