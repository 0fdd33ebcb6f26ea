import { randomUUID } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { ConnectorSendError } from '@parley/connector-sdk';
import type { ChannelAccount } from '@parley/contracts';
import type { TemplateInfo } from '@parley/connector-whatsapp';
import { recordAudit } from '../audit/record-audit.js';
import type { Actor } from '../auth/caller.js';
import { newSecretToken } from '../auth/secret-tokens.js';
import { APP_CONFIG } from '../infrastructure/config/config.module.js';
import type { AppConfig } from '../infrastructure/config/config.schema.js';
import { Database, type Sql } from '../infrastructure/database/database.js';
import { ApiError } from '../infrastructure/http/api-error.js';
import { importTemplate } from '../templates/template-import.js';
import { requireFeature, requireRoom } from '../organisations/plan-policy.js';
import { channelAccountRows, toChannelAccountDto } from './channel-account.dto.js';
import { ChannelClients } from './channel-clients.service.js';
import { ChannelDirectory } from './channel-directory.service.js';
import type { ConnectorId } from './connectors.js';

export interface WhatsAppConnection {
  accessToken: string;
  wabaId: string;
  phoneNumberId: string;
  /**
   * The number's two-step verification PIN: registers it for the Cloud API. Embedded Signup always
   * asks for it; connecting a number registered already (the sandbox's demo number) omits it.
   */
  pin?: string;
  /**
   * Where the WABA's webhooks go: this engine's URL (verified by the platform with the handshake,
   * so the engine must be reachable), or the Meta app's default callback.
   */
  callback: 'this-engine' | 'app-default';
  name?: string;
  business?: { id: string | null; name: string | null };
}

/** A platform's refusal that is about one field of the request: its code, the field, why. */
export type FieldRefusals = Record<string, { code: string; path: string; message: string }>;

/**
 * A platform's refusal as an API answer, never a 500: about a field of the request (a wrong PIN,
 * a revoked bot token) → 400 naming it; the platform down → 502; an answer Parley cannot read →
 * 502 (the platform may have acted); any other refusal → 400 with its own message and code.
 */
export function platformError(error: unknown, fields: FieldRefusals = {}): never {
  if (!(error instanceof ConnectorSendError)) throw error;
  const field = fields[error.platformCode];
  if (field)
    throw new ApiError(400, field.code, `${field.path}: ${field.message}`, [
      { path: field.path, message: field.message },
    ]);
  if (error.retryable)
    throw new ApiError(
      502,
      'PLATFORM_UNAVAILABLE',
      `the platform did not answer; try again (${error.message})`,
    );
  if (error.platformCode === 'invalid_response')
    throw new ApiError(
      502,
      'PLATFORM_INVALID_RESPONSE',
      `the platform answered in a way Parley cannot read; check on the platform before trying again (${error.message})`,
    );
  throw new ApiError(400, 'PLATFORM_REFUSED', `${error.message} (code ${error.platformCode})`);
}

/** Registering a number with its two-step verification PIN (Graph API error codes). */
const pinRefusals: FieldRefusals = {
  '133005': {
    code: 'PIN_MISMATCH',
    path: 'pin',
    message: 'is not the two-step verification PIN of this number',
  },
  '133016': {
    code: 'REGISTRATION_LOCKED',
    path: 'pin',
    message: 'too many registration attempts: Meta locks this number for 72 hours',
  },
};

/** Telegram answers 401 for a token it does not know, 404 for one that is malformed. */
const botTokenRefusals: FieldRefusals = Object.fromEntries(
  ['401', '404'].map((code) => [
    code,
    { code: 'BOT_TOKEN_REJECTED', path: 'botToken', message: 'Telegram does not know this bot token' },
  ]),
);

/**
 * Binds a platform account to an organisation: plan and limits checked, the platform set up
 * (WhatsApp: number registered, WABA webhooks subscribed to this engine, templates imported;
 * Telegram: the webhook pointed at the account's own URL), credentials sealed, the admin's action
 * audited. Reconnecting an account the organisation once disconnected reuses it, conversations
 * and all; an account connected to another organisation cannot be taken.
 */
@Injectable()
export class AccountConnector {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly database: Database,
    private readonly clients: ChannelClients,
    private readonly directory: ChannelDirectory,
  ) {}

  async connectWhatsApp(actor: Actor, input: WhatsAppConnection): Promise<ChannelAccount> {
    const sql = this.database.sql();
    await requireFeature(sql, actor.organisationId, 'whatsapp');
    await this.checkAvailable(sql, actor, 'whatsapp', input.phoneNumberId, input.wabaId);
    const management = this.clients.whatsappManagement(input.accessToken);
    const verifyToken = String(this.clients.settings('whatsapp').verifyToken);
    const { number, wabaName, templates } = await (async () => {
      const { phoneNumbers } = await management.listPhoneNumbers(input.wabaId, { limit: 100 });
      const found = phoneNumbers.find((candidate) => candidate.id === input.phoneNumberId);
      if (!found)
        throw new ApiError(
          400,
          'INVALID_INPUT',
          `phoneNumberId: ${input.phoneNumberId} is not a number of WABA ${input.wabaId}`,
          [{ path: 'phoneNumberId', message: 'not a number of this WhatsApp Business Account' }],
        );
      if (input.pin) await management.registerPhoneNumber(found.id, input.pin);
      await management.subscribeApp(
        input.wabaId,
        input.callback === 'this-engine'
          ? { callbackUri: `${this.config.PUBLIC_URL}/webhooks/whatsapp`, verifyToken }
          : undefined,
      );
      const waba = await management.getBusinessAccount(input.wabaId).catch(() => undefined);
      return {
        number: found,
        wabaName: waba?.name ?? null,
        templates: await management.listAllTemplates(input.wabaId),
      };
    })().catch((error: unknown) => platformError(error, pinRefusals));
    const details = {
      displayPhoneNumber: number.displayPhoneNumber,
      verifiedName: number.verifiedName ?? null,
      wabaName,
      businessId: input.business?.id ?? null,
      businessName: input.business?.name ?? null,
    };
    return this.store(actor, {
      channel: 'whatsapp',
      platformAccountId: number.id,
      parentAccountId: input.wabaId,
      name: input.name ?? number.verifiedName ?? number.displayPhoneNumber,
      details,
      credentials: { accessToken: input.accessToken },
      webhookKey: null,
      afterInsert: (tx) => importTemplates(tx, actor.organisationId, input.wabaId, templates),
    });
  }

  async connectTelegram(actor: Actor, input: { botToken: string; name?: string }): Promise<ChannelAccount> {
    const sql = this.database.sql();
    await requireFeature(sql, actor.organisationId, 'telegram');
    const webhookSecret = newSecretToken();
    const webhookKey = newSecretToken();
    const management = this.clients.telegramManagement({ botToken: input.botToken, webhookSecret });
    const bot = await management.getMe().catch((error: unknown) => platformError(error, botTokenRefusals));
    await this.checkAvailable(sql, actor, 'telegram', String(bot.id), null);
    await management.setWebhook(telegramWebhookUrl(this.config.PUBLIC_URL, webhookKey)).catch(platformError);
    return this.store(actor, {
      channel: 'telegram',
      platformAccountId: String(bot.id),
      parentAccountId: null,
      name: input.name ?? (bot.username ? `@${bot.username}` : bot.firstName),
      details: { username: bot.username ?? null, firstName: bot.firstName },
      credentials: { botToken: input.botToken, webhookSecret },
      webhookKey,
    });
  }

  /** 409 when the account (or its WABA) is another organisation's; 403 when the plan is full. */
  private async checkAvailable(
    sql: Sql,
    actor: Actor,
    channel: ConnectorId,
    platformAccountId: string,
    parentAccountId: string | null,
  ) {
    const existing = await sql
      .selectFrom('ChannelAccount')
      .select(['organisation', 'disconnectedAt'])
      .where('channel', '=', channel)
      .where((w) =>
        parentAccountId === null
          ? w('platformAccountId', '=', platformAccountId)
          : w.or([
              w('platformAccountId', '=', platformAccountId),
              w('parentAccountId', '=', parentAccountId),
            ]),
      )
      .execute();
    if (existing.some((row) => row.organisation !== actor.organisationId))
      throw new ApiError(
        409,
        'CONNECTED_ELSEWHERE',
        'this account belongs to another organisation on this Parley installation, which keeps it with its conversations even while disconnected; ask the operator of this installation',
      );
    const connected = await sql
      .selectFrom('ChannelAccount')
      .select('platformAccountId')
      .where('organisation', '=', actor.organisationId)
      .where('disconnectedAt', 'is', null)
      .execute();
    if (connected.some((row) => row.platformAccountId === platformAccountId))
      throw new ApiError(409, 'ALREADY_CONNECTED', 'this account is already connected');
    await requireRoom(sql, actor.organisationId, 'channelAccounts', connected.length);
  }

  private async store(
    actor: Actor,
    account: {
      channel: ConnectorId;
      platformAccountId: string;
      parentAccountId: string | null;
      name: string;
      details: Record<string, unknown>;
      credentials: Record<string, unknown>;
      webhookKey: string | null;
      afterInsert?: (sql: Sql) => Promise<void>;
    },
  ): Promise<ChannelAccount> {
    const now = new Date();
    const connectedBy = 'userId' in actor ? actor.userId : null;
    const id = await this.database.transaction(async (sql) => {
      // Checked again under the lock: two admins connecting at once, or an account taken by
      // another organisation while the platform was being set up, end here rather than twice.
      await this.database.lockForUpdate(sql, 'channel_accounts');
      await this.checkAvailable(
        sql,
        actor,
        account.channel,
        account.platformAccountId,
        account.parentAccountId,
      );
      const kept = await sql
        .selectFrom('ChannelAccount')
        .select('id')
        .where('organisation', '=', actor.organisationId)
        .where('channel', '=', account.channel)
        .where('platformAccountId', '=', account.platformAccountId)
        .executeTakeFirst();
      const accountId = kept?.id ?? randomUUID();
      const values = {
        name: account.name.slice(0, 80),
        parentAccountId: account.parentAccountId,
        details: account.details,
        credentials: this.clients.sealCredentials(accountId, account.credentials),
        webhookKey: account.webhookKey,
        enabled: true,
        connectedAt: now,
        connectedBy,
        disabledAt: null,
        disabledBy: null,
        disconnectedAt: null,
        updatedAt: now,
      };
      if (kept) await sql.updateTable('ChannelAccount').set(values).where('id', '=', accountId).execute();
      else
        await sql
          .insertInto('ChannelAccount')
          .values({
            ...values,
            id: accountId,
            organisation: actor.organisationId,
            channel: account.channel,
            platformAccountId: account.platformAccountId,
            createdAt: now,
          })
          .execute();
      await account.afterInsert?.(sql);
      await recordAudit(sql, {
        actor,
        action: 'channel_account.connected',
        target: { type: 'channel_account', id: accountId, label: account.name },
        after: {
          channel: account.channel,
          platformAccountId: account.platformAccountId,
          name: account.name,
          ...account.details,
        },
      });
      return accountId;
    });
    this.directory.invalidate();
    const row = await channelAccountRows(this.database.sql(), actor.organisationId)
      .where('ChannelAccount.id', '=', id)
      .executeTakeFirstOrThrow();
    return toChannelAccountDto(row);
  }
}

export function telegramWebhookUrl(publicUrl: string, webhookKey: string): string {
  return `${publicUrl}/webhooks/telegram/${webhookKey}`;
}

/** The WABA's templates Parley does not have yet. */
async function importTemplates(sql: Sql, organisationId: string, wabaId: string, templates: TemplateInfo[]) {
  const now = new Date();
  for (const template of templates) await importTemplate(sql, organisationId, wabaId, template, now);
}
