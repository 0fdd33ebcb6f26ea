import { Injectable } from '@nestjs/common';
import type {
  DeadLetter,
  DeadLetterDetail,
  Page,
  ReplayResult,
  listDeadLettersQuery,
} from '@parley/contracts';
import type { z } from 'zod';
import { recordAudit } from '../audit/record-audit.js';
import type { Caller } from '../auth/caller.js';
import { toChannelAccountSummary } from '../channels/channel-account.dto.js';
import { ChannelClients } from '../channels/channel-clients.service.js';
import { ChannelDirectory } from '../channels/channel-directory.service.js';
import { channels, isConnectorId, channelIdOf } from '../channels/connectors.js';
import { Database, type Sql } from '../infrastructure/database/database.js';
import { ApiError } from '../infrastructure/http/api-error.js';
import { decodeCursor, keysetPage } from '../infrastructure/http/keyset-page.js';
import { readDelivery } from '../webhooks/read-delivery.js';
import { WebhookDeliveries } from '../webhooks/webhook-deliveries.service.js';
import { iso, isoOrNull } from '../infrastructure/database/timestamps.js';

function letters(sql: Sql, organisationId: string) {
  return sql
    .selectFrom('DeadLetter')
    .leftJoin('ChannelAccount', 'ChannelAccount.id', 'DeadLetter.channelAccount')
    .select([
      'DeadLetter.id',
      'DeadLetter.channel',
      'DeadLetter.body',
      'DeadLetter.error',
      'DeadLetter.status',
      'DeadLetter.receivedAt',
      'DeadLetter.replayedAt',
      'DeadLetter.replayAttempts',
      'DeadLetter.lastReplayError',
      'ChannelAccount.id as accountId',
      'ChannelAccount.name as accountName',
      'ChannelAccount.enabled as accountEnabled',
      'ChannelAccount.disconnectedAt as accountDisconnectedAt',
    ])
    .where('DeadLetter.organisation', '=', organisationId);
}
type Row = Awaited<ReturnType<ReturnType<typeof letters>['executeTakeFirstOrThrow']>>;

function toDeadLetterDto(row: Row): DeadLetter {
  return {
    id: row.id,
    channel: channelIdOf(row.channel),
    channelAccount:
      row.accountId && row.accountName
        ? toChannelAccountSummary({
            id: row.accountId,
            channel: row.channel,
            name: row.accountName,
            enabled: Boolean(row.accountEnabled),
            disconnectedAt: row.accountDisconnectedAt ?? null,
          })
        : null,
    receivedAt: iso(row.receivedAt),
    error: row.error,
    status: row.status,
    replayedAt: isoOrNull(row.replayedAt),
    replayAttempts: row.replayAttempts,
    lastReplayError: row.lastReplayError ?? null,
  };
}

/** Webhook parts Parley could not read: listed for admins, and replayed once the parser knows them. */
@Injectable()
export class DeadLettersUseCase {
  constructor(
    private readonly database: Database,
    private readonly clients: ChannelClients,
    private readonly directory: ChannelDirectory,
    private readonly deliveries: WebhookDeliveries,
  ) {}

  async list(caller: Caller, query: z.output<typeof listDeadLettersQuery>): Promise<Page<DeadLetter>> {
    let select = letters(this.database.sql(), caller.organisationId)
      .orderBy('DeadLetter.receivedAt', 'desc')
      .orderBy('DeadLetter.id', 'desc')
      .limit(query.limit + 1);
    if (query.status) select = select.where('DeadLetter.status', '=', query.status);
    if (query.cursor) {
      const { at, id } = decodeCursor(query.cursor, 'cursor');
      select = select.where((w) =>
        w.or([
          w('DeadLetter.receivedAt', '<', at),
          w.and([w('DeadLetter.receivedAt', '=', at), w('DeadLetter.id', '<', id)]),
        ]),
      );
    }
    const { page, nextCursor } = keysetPage(await select.execute(), query.limit, (row) => [
      row.receivedAt,
      row.id,
    ]);
    return { items: page.map(toDeadLetterDto), nextCursor };
  }

  async get(caller: Caller, id: string): Promise<DeadLetterDetail> {
    const row = await this.letter(this.database.sql(), caller, id);
    return { ...toDeadLetterDto(row), body: row.body };
  }

  /**
   * Reads the part again with today's parser. Readable: its events are stored as a fresh
   * delivery's would be (a message that arrived meanwhile is not stored twice) and the letter is
   * marked replayed. Still unreadable: 422, with what the parser says now.
   */
  async replay(caller: Caller, id: string): Promise<ReplayResult> {
    const sql = this.database.sql();
    const row = await this.letter(sql, caller, id);
    if (row.status === 'replayed')
      throw new ApiError(409, 'ALREADY_REPLAYED', 'this delivery was already replayed');
    if (!isConnectorId(row.channel))
      throw new ApiError(409, 'UNKNOWN_CONNECTOR', `no connector ${row.channel}`);
    const account = row.accountId ? await this.directory.resolveById(row.channel, row.accountId) : undefined;
    const receiver =
      channels[row.channel].connector.manifest.webhooks.routing === 'shared'
        ? this.clients.sharedReceiver(row.channel).receiver
        : account && this.clients.clientFor(account)?.client;
    if (!receiver)
      throw new ApiError(409, 'DISCONNECTED', 'the account this delivery came to is disconnected');
    const { events, unread } = readDelivery(receiver, Buffer.from(row.body));
    const now = new Date();
    if (unread.length > 0) {
      const error = unread.map((part) => part.error).join('; ');
      await this.recordFailedReplay(sql, row, error);
      throw new ApiError(422, 'STILL_UNREADABLE', `Parley still cannot read this delivery: ${error}`);
    }
    const replay = await this.deliveries.replayed(row.channel, events, caller.organisationId, account);
    if (!replay.stored) {
      const error = `${replay.unrouted} of its events are for an account this organisation does not serve now; reconnect it, then replay`;
      await this.recordFailedReplay(sql, row, error);
      throw new ApiError(409, 'ACCOUNT_NOT_SERVED', error);
    }
    const result = replay.stored;
    await this.database.transaction(async (tx) => {
      await tx
        .updateTable('DeadLetter')
        .set({
          status: 'replayed',
          replayedAt: now,
          replayAttempts: row.replayAttempts + 1,
          lastReplayError: null,
        })
        .where('id', '=', id)
        .execute();
      await recordAudit(tx, {
        actor: caller,
        action: 'dead_letter.replayed',
        target: { type: 'dead_letter', id, label: row.channel },
        after: { messagesStored: result.messagesStored, statusesRecorded: result.statusesRecorded },
      });
    });
    const replayed = await this.letter(sql, caller, id);
    return {
      deadLetter: toDeadLetterDto(replayed),
      eventsStored: result.messagesStored + result.statusesRecorded + result.otherEvents,
    };
  }

  private async recordFailedReplay(sql: Sql, row: Row, error: string) {
    await sql
      .updateTable('DeadLetter')
      .set({ replayAttempts: row.replayAttempts + 1, lastReplayError: error.slice(0, 4_000) })
      .where('id', '=', row.id)
      .execute();
  }

  private async letter(sql: Sql, caller: Caller, id: string) {
    const row = await letters(sql, caller.organisationId).where('DeadLetter.id', '=', id).executeTakeFirst();
    if (!row) throw new ApiError(404, 'NOT_FOUND', `dead letter ${id} does not exist`);
    return row;
  }
}
