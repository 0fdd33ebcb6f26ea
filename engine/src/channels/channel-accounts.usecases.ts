import { Inject, Injectable } from '@nestjs/common';
import type { ChannelAccount, UpdateChannelAccountRequest } from '@parley/contracts';
import type { Logger } from 'pino';
import { recordAudit } from '../audit/record-audit.js';
import type { Caller } from '../auth/caller.js';
import { Database, type Sql } from '../infrastructure/database/database.js';
import { ApiError } from '../infrastructure/http/api-error.js';
import { LOGGER } from '../infrastructure/logging/logging.module.js';
import { InboxEvents } from '../inbox/inbox-events.service.js';
import { channelAccountRows, toChannelAccountDto } from './channel-account.dto.js';
import { ChannelClients } from './channel-clients.service.js';
import { ChannelDirectory } from './channel-directory.service.js';

async function accountOf(sql: Sql, caller: Caller, id: string) {
  const row = await channelAccountRows(sql, caller.organisationId)
    .where('ChannelAccount.id', '=', id)
    .executeTakeFirst();
  if (!row) throw new ApiError(404, 'NOT_FOUND', `channel account ${id} does not exist`);
  return row;
}

/** The organisation's channel accounts: listing, renaming, the on/off switch, disconnecting. */
@Injectable()
export class ChannelAccountsUseCase {
  constructor(
    private readonly database: Database,
    private readonly clients: ChannelClients,
    private readonly directory: ChannelDirectory,
    private readonly events: InboxEvents,
    @Inject(LOGGER) private readonly logger: Logger,
  ) {}

  async list(caller: Caller): Promise<ChannelAccount[]> {
    const rows = await channelAccountRows(this.database.sql(), caller.organisationId)
      .orderBy('ChannelAccount.connectedAt')
      .execute();
    return rows.map(toChannelAccountDto);
  }

  async get(caller: Caller, id: string): Promise<ChannelAccount> {
    return toChannelAccountDto(await accountOf(this.database.sql(), caller, id));
  }

  /**
   * Renames, or turns the account on or off. Off, Parley still stores every webhook of the
   * account but replies, automates and sends nothing; on again, it acts on new messages only.
   */
  async update(caller: Caller, id: string, input: UpdateChannelAccountRequest): Promise<ChannelAccount> {
    const account = await this.database.transaction(async (sql) => {
      const before = await accountOf(sql, caller, id);
      if (input.enabled !== undefined && before.disconnectedAt)
        throw new ApiError(
          409,
          'DISCONNECTED',
          'a disconnected account cannot be turned on; connect it again',
        );
      const now = new Date();
      const switched = input.enabled !== undefined && input.enabled !== Boolean(before.enabled);
      await sql
        .updateTable('ChannelAccount')
        .set({
          ...(input.name === undefined ? {} : { name: input.name }),
          ...(switched
            ? {
                enabled: input.enabled,
                disabledAt: input.enabled ? null : now,
                disabledBy: input.enabled ? null : caller.userId,
              }
            : {}),
          updatedAt: now,
        })
        .where('id', '=', id)
        .execute();
      const target = { type: 'channel_account', id, label: input.name ?? before.name };
      if (input.name !== undefined && input.name !== before.name)
        await recordAudit(sql, {
          actor: caller,
          action: 'channel_account.renamed',
          target,
          before: { name: before.name },
          after: { name: input.name },
        });
      if (switched)
        await recordAudit(sql, {
          actor: caller,
          action: input.enabled ? 'channel_account.enabled' : 'channel_account.disabled',
          target,
          before: { enabled: Boolean(before.enabled) },
          after: { enabled: input.enabled },
        });
      return toChannelAccountDto(await accountOf(sql, caller, id));
    });
    this.directory.invalidate();
    this.events.channelAccount(caller.organisationId, account);
    return account;
  }

  /**
   * Stops the account: the platform is told (WhatsApp: the WABA's webhooks unsubscribed when no
   * other number of it stays connected; Telegram: the webhook deleted), the credentials are wiped.
   * Its conversations stay, readable.
   */
  async disconnect(caller: Caller, id: string): Promise<ChannelAccount> {
    const sql = this.database.sql();
    const before = await accountOf(sql, caller, id);
    if (before.disconnectedAt) return toChannelAccountDto(before);
    await this.releaseOnPlatform(sql, caller, id).catch((error: unknown) =>
      this.logger.warn(
        { err: error, channelAccountId: id },
        'the platform could not be told of the disconnection',
      ),
    );
    const account = await this.database.transaction(async (tx) => {
      const now = new Date();
      await tx
        .updateTable('ChannelAccount')
        .set({ credentials: null, webhookKey: null, enabled: false, disconnectedAt: now, updatedAt: now })
        .where('id', '=', id)
        .execute();
      await recordAudit(tx, {
        actor: caller,
        action: 'channel_account.disconnected',
        target: { type: 'channel_account', id, label: before.name },
        before: { connected: true },
        after: { connected: false },
      });
      return toChannelAccountDto(await accountOf(tx, caller, id));
    });
    this.directory.invalidate();
    this.events.channelAccount(caller.organisationId, account);
    return account;
  }

  private async releaseOnPlatform(sql: Sql, caller: Caller, id: string) {
    const row = await sql
      .selectFrom('ChannelAccount')
      .select(['id', 'channel', 'credentials', 'parentAccountId'])
      .where('id', '=', id)
      .where('organisation', '=', caller.organisationId)
      .executeTakeFirstOrThrow();
    if (!row.credentials) return;
    const credentials = this.clients.openCredentials(row.id, row.credentials);
    if (row.channel === 'telegram') {
      await this.clients.telegramManagement(credentials).setWebhook('');
      return;
    }
    const siblings = await sql
      .selectFrom('ChannelAccount')
      .select('id')
      .where('organisation', '=', caller.organisationId)
      .where('parentAccountId', '=', row.parentAccountId)
      .where('disconnectedAt', 'is', null)
      .where('id', '!=', id)
      .execute();
    if (siblings.length > 0 || !row.parentAccountId) return;
    await this.clients
      .whatsappManagement(String(credentials.accessToken))
      .unsubscribeApp(row.parentAccountId);
  }
}
