import { Injectable } from '@nestjs/common';
import { Database } from '../infrastructure/database/database.js';
import type { ConnectorId } from './connectors.js';

/** A connected channel account, as webhook routing needs it. */
export interface AccountRef {
  id: string;
  organisationId: string;
  channel: ConnectorId;
  platformAccountId: string;
  parentAccountId: string | null;
  webhookKey: string | null;
  enabled: boolean;
  /** Sealed; opened only to build the account's client. */
  credentials: string | null;
}

/** How long another process's change (an account turned off) may take to be seen here. */
const freshForMs = 2_000;

/**
 * Finds the connected account a webhook is about, by the platform's id (WhatsApp: the phone
 * number id, or the WABA id for template events) or by its webhook path key (Telegram). Kept in
 * memory per channel and reloaded every couple of seconds: intake is hot and accounts are few.
 */
@Injectable()
export class ChannelDirectory {
  private readonly cache = new Map<ConnectorId, { at: number; accounts: Promise<AccountRef[]> }>();

  constructor(private readonly database: Database) {}

  async resolve(channel: ConnectorId, platformId: string): Promise<AccountRef | undefined> {
    const accounts = await this.accounts(channel);
    return (
      accounts.find((account) => account.platformAccountId === platformId) ??
      accounts.find((account) => account.parentAccountId === platformId)
    );
  }

  async resolveById(channel: ConnectorId, id: string): Promise<AccountRef | undefined> {
    return (await this.accounts(channel)).find((account) => account.id === id);
  }

  async byWebhookKey(channel: ConnectorId, key: string): Promise<AccountRef | undefined> {
    return (await this.accounts(channel)).find((account) => account.webhookKey === key);
  }

  /** After a change in this process: the next lookup reads the database. */
  invalidate(): void {
    this.cache.clear();
  }

  private accounts(channel: ConnectorId): Promise<AccountRef[]> {
    const cached = this.cache.get(channel);
    if (cached && Date.now() - cached.at < freshForMs) return cached.accounts;
    const accounts = this.load(channel);
    this.cache.set(channel, { at: Date.now(), accounts });
    accounts.catch(() => this.cache.delete(channel));
    return accounts;
  }

  private async load(channel: ConnectorId): Promise<AccountRef[]> {
    const rows = await this.database
      .sql()
      .selectFrom('ChannelAccount')
      .select([
        'id',
        'organisation',
        'platformAccountId',
        'parentAccountId',
        'webhookKey',
        'enabled',
        'credentials',
      ])
      .where('channel', '=', channel)
      .where('disconnectedAt', 'is', null)
      .orderBy('connectedAt')
      .execute();
    return rows.map((row) => ({
      id: row.id,
      organisationId: row.organisation,
      channel,
      platformAccountId: row.platformAccountId,
      parentAccountId: row.parentAccountId ?? null,
      webhookKey: row.webhookKey ?? null,
      enabled: Boolean(row.enabled),
      credentials: row.credentials ?? null,
    }));
  }
}
