import { Injectable } from '@nestjs/common';
import type { FlowValidationContext } from '@parley/workflows/flows';
import { type ConnectorId, channelIdOf, channels } from '../channels/connectors.js';
import { Database, type Sql } from '../infrastructure/database/database.js';
import { type TemplateRow, templateEntry } from './flow-template-context.js';

/** How the validator's messages name a channel ("WhatsApp allows at most 3 buttons"). */
const channelNames = { whatsapp: 'WhatsApp', telegram: 'Telegram' } satisfies Record<ConnectorId, string>;

interface Account {
  id: string;
  name: string;
  channel: string;
  wabaId: string | null;
}

/**
 * The organisation as flows are validated against it, loaded once: `context` gives one flow's
 * view (the list validates every draft from one load).
 */
export class OrganisationFlowContext {
  constructor(
    private readonly accounts: Account[],
    private readonly templates: (TemplateRow & { wabaId: string })[],
    private readonly rest: Omit<FlowValidationContext, 'channels' | 'templates'>,
  ) {}

  /**
   * One flow's context: the channels it runs on (`channelAccountIds`; every account of the
   * organisation when empty), the templates of their WhatsApp Business Accounts, and the other
   * flows it may go to.
   */
  context(channelAccountIds: readonly string[], flowId: string | null): FlowValidationContext {
    const chosen = new Set(channelAccountIds);
    const accounts = chosen.size === 0 ? this.accounts : this.accounts.filter((a) => chosen.has(a.id));
    const wabas = new Set(accounts.map((account) => account.wabaId));
    // A name in several accounts' WABAs counts as usable only where every copy is.
    const templates = new Map<string, FlowValidationContext['templates'][number]>();
    for (const row of this.templates) {
      if (!wabas.has(row.wabaId)) continue;
      const entry = templateEntry(row);
      const key = `${entry.name}\u0000${entry.language}`;
      if (!templates.get(key) || !entry.usable) templates.set(key, entry);
    }
    return {
      ...this.rest,
      channels: accounts.map((account) => {
        const channel = channelIdOf(account.channel);
        return {
          channelAccountId: account.id,
          channelName: channelNames[channel],
          capabilities: channels[channel].connector.manifest.capabilities,
        };
      }),
      templates: [...templates.values()],
      flows: this.rest.flows.filter((flow) => flow.id !== flowId),
    };
  }
}

/** Builds what the flow validator checks against, from the organisation's rows as they are now. */
@Injectable()
export class FlowValidationContextBuilder {
  constructor(private readonly database: Database) {}

  async load(organisationId: string, sql: Sql = this.database.sql()): Promise<OrganisationFlowContext> {
    // One after another: inside a transaction they share its connection.
    const accounts = await sql
      .selectFrom('ChannelAccount')
      .select(['id', 'name', 'channel', 'parentAccountId as wabaId'])
      .where('organisation', '=', organisationId)
      .where('disconnectedAt', 'is', null)
      .orderBy('name')
      .execute();
    const templates = await sql
      .selectFrom('MessageTemplate')
      .select(['wabaId', 'name', 'language', 'status', 'enabled', 'content', 'components'])
      .where('organisation', '=', organisationId)
      .execute();
    const teams = await sql
      .selectFrom('Team')
      .select(['id', 'name'])
      .where('organisation', '=', organisationId)
      .orderBy('name')
      .execute();
    const agents = await sql
      .selectFrom('User')
      .select(['id', 'name'])
      .where('organisation', '=', organisationId)
      .where('status', '=', 'active')
      .orderBy('name')
      .execute();
    const flows = await sql
      .selectFrom('Flow')
      .select(['id', 'name', 'publishedVersion'])
      .where('organisation', '=', organisationId)
      .where('archivedAt', 'is', null)
      .orderBy('name')
      .execute();
    const secrets = await sql
      .selectFrom('FlowSecret')
      .select('name')
      .where('organisation', '=', organisationId)
      .orderBy('name')
      .execute();
    const settings = await sql
      .selectFrom('FlowSettings')
      .select('allowedHosts')
      .where('organisation', '=', organisationId)
      .executeTakeFirst();
    return new OrganisationFlowContext(accounts, templates, {
      teams,
      agents,
      flows: flows.map((flow) => ({
        id: flow.id,
        name: flow.name,
        published: flow.publishedVersion !== null,
      })),
      secrets: secrets.map((secret) => secret.name),
      allowedHosts: settings?.allowedHosts ?? [],
    });
  }

  /** The context of one flow (its activations' channels), or of a new flow (every channel). */
  async forFlow(organisationId: string, flowId: string | null, sql: Sql = this.database.sql()) {
    const organisation = await this.load(organisationId, sql);
    return organisation.context(flowId ? await activatedAccounts(sql, flowId) : [], flowId);
  }
}

/** The channel accounts a flow is active on, in the order they were added. */
export async function activatedAccounts(sql: Sql, flowId: string): Promise<string[]> {
  const rows = await sql
    .selectFrom('FlowActivation')
    .select('channelAccount')
    .where('flow', '=', flowId)
    .orderBy('createdAt')
    .execute();
  return rows.map((row) => row.channelAccount);
}
