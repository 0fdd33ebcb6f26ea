import { randomUUID } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import type {
  ChannelAccount,
  CompleteWhatsAppSignupRequest,
  ExchangeWhatsAppSignupRequest,
  WhatsAppSignup,
} from '@parley/contracts';
import type { Caller } from '../auth/caller.js';
import { newSecretToken } from '../auth/secret-tokens.js';
import { APP_CONFIG } from '../infrastructure/config/config.module.js';
import type { AppConfig } from '../infrastructure/config/config.schema.js';
import { Database, type Sql } from '../infrastructure/database/database.js';
import { ApiError } from '../infrastructure/http/api-error.js';
import { requireFeature } from '../organisations/plan-policy.js';
import { AccountConnector, platformError } from './account-connector.service.js';
import { ChannelClients } from './channel-clients.service.js';
import { iso } from '../infrastructure/database/timestamps.js';

const SIGNUP_LIFETIME_MS = 30 * 60_000;
const signupBinding = (id: string) => `whatsapp_signup:${id}`;

type SignupRow = Awaited<ReturnType<typeof signupOf>>;

async function signupOf(sql: Sql, caller: Caller, id: string) {
  const row = await sql
    .selectFrom('WhatsAppSignup')
    .selectAll()
    .where('id', '=', id)
    .where('organisation', '=', caller.organisationId)
    .executeTakeFirst();
  if (!row) throw new ApiError(404, 'NOT_FOUND', `signup ${id} does not exist`);
  return row;
}

/**
 * Connect WhatsApp by Embedded Signup: start (the dialog's URL and a state), exchange (the code
 * the dialog returned, for the business's token; the WABA's numbers listed), complete (the chosen
 * number registered with its PIN and bound as a channel account).
 */
@Injectable()
export class WhatsAppSignupUseCase {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly database: Database,
    private readonly clients: ChannelClients,
    private readonly connector: AccountConnector,
  ) {}

  async start(caller: Caller, locale: 'en' | 'ja'): Promise<WhatsAppSignup> {
    const sql = this.database.sql();
    await requireFeature(sql, caller.organisationId, 'whatsapp');
    this.appCredentials();
    const id = randomUUID();
    const now = new Date();
    await sql
      .insertInto('WhatsAppSignup')
      .values({
        id,
        organisation: caller.organisationId,
        user: caller.userId,
        state: newSecretToken(),
        status: 'started',
        accessToken: null,
        wabaId: null,
        wabaName: null,
        businessId: null,
        businessName: null,
        suggestedPhoneNumberId: null,
        channelAccount: null,
        error: null,
        createdAt: now,
        updatedAt: now,
        expiresAt: new Date(now.getTime() + SIGNUP_LIFETIME_MS),
      })
      .execute();
    return this.view(await signupOf(sql, caller, id), [], locale);
  }

  async get(caller: Caller, id: string): Promise<WhatsAppSignup> {
    const row = await signupOf(this.database.sql(), caller, id);
    return this.view(row, row.status === 'exchanged' ? await this.numbers(caller, row) : []);
  }

  async exchange(caller: Caller, id: string, input: ExchangeWhatsAppSignupRequest): Promise<WhatsAppSignup> {
    const sql = this.database.sql();
    const row = await signupOf(sql, caller, id);
    if (row.state !== input.state)
      throw new ApiError(400, 'INVALID_INPUT', 'state: does not belong to this signup', [
        { path: 'state', message: 'does not belong to this signup' },
      ]);
    if (row.status !== 'started')
      throw new ApiError(409, 'SIGNUP_USED', 'this signup already exchanged its code; start again');
    if (new Date(row.expiresAt) <= new Date())
      throw new ApiError(410, 'SIGNUP_EXPIRED', 'this signup expired; start again');
    if (!input.wabaId)
      throw new ApiError(
        400,
        'INVALID_INPUT',
        'wabaId: the dialog did not say which WhatsApp Business Account was chosen',
        [{ path: 'wabaId', message: 'missing: finish the dialog to the end' }],
      );
    const { appId, appSecret } = this.appCredentials();
    const management = this.clients.whatsappManagement();
    const token = await management
      .exchangeCode({ appId, appSecret, code: input.code, redirectUri: this.redirectUri() })
      .catch(platformError);
    // The code is spent now: the token is kept before anything else can fail, and only by the
    // one exchange that still finds the signup started.
    const claimed = await sql
      .updateTable('WhatsAppSignup')
      .set({
        status: 'exchanged',
        accessToken: this.clients.sealCredentials(signupBinding(id), { accessToken: token.accessToken }),
        wabaId: input.wabaId,
        suggestedPhoneNumberId: input.phoneNumberId ?? null,
        updatedAt: new Date(),
      })
      .where('id', '=', id)
      .where('status', '=', 'started')
      .executeTakeFirst();
    if (Number(claimed.numUpdatedRows) !== 1)
      throw new ApiError(409, 'SIGNUP_USED', 'this signup already exchanged its code; start again');
    // The WABA's name is for display only: the numbers listed next tell whether the token reaches it.
    const waba = await this.clients
      .whatsappManagement(token.accessToken)
      .getBusinessAccount(input.wabaId)
      .catch(() => undefined);
    if (waba?.name)
      await sql.updateTable('WhatsAppSignup').set({ wabaName: waba.name }).where('id', '=', id).execute();
    return this.get(caller, id);
  }

  async complete(caller: Caller, id: string, input: CompleteWhatsAppSignupRequest): Promise<ChannelAccount> {
    const sql = this.database.sql();
    const row = await signupOf(sql, caller, id);
    if (row.status !== 'exchanged' || !row.accessToken || !row.wabaId)
      throw new ApiError(409, 'SIGNUP_NOT_READY', `this signup is ${row.status}; finish the dialog first`);
    if (new Date(row.expiresAt) <= new Date())
      throw new ApiError(410, 'SIGNUP_EXPIRED', 'this signup expired; start again');
    const account = await this.connector.connectWhatsApp(caller, {
      accessToken: this.accessToken(row),
      wabaId: row.wabaId,
      phoneNumberId: input.phoneNumberId,
      pin: input.pin,
      callback: 'this-engine',
      ...(input.name ? { name: input.name } : {}),
      business: { id: row.businessId ?? null, name: row.businessName ?? null },
    });
    await sql
      .updateTable('WhatsAppSignup')
      .set({ status: 'completed', channelAccount: account.id, accessToken: null, updatedAt: new Date() })
      .where('id', '=', id)
      .where('status', '=', 'exchanged')
      .execute();
    return account;
  }

  private async numbers(caller: Caller, row: SignupRow) {
    if (!row.wabaId || !row.accessToken) return [];
    const management = this.clients.whatsappManagement(this.accessToken(row));
    const { phoneNumbers } = await management
      .listPhoneNumbers(row.wabaId, { limit: 100 })
      .catch(platformError);
    const known = await this.database
      .sql()
      .selectFrom('ChannelAccount')
      .select(['platformAccountId', 'organisation', 'disconnectedAt'])
      .where('channel', '=', 'whatsapp')
      .where('platformAccountId', 'in', phoneNumbers.length ? phoneNumbers.map((number) => number.id) : [''])
      .execute();
    return phoneNumbers.map((number) => {
      const account = known.find((candidate) => candidate.platformAccountId === number.id);
      return {
        id: number.id,
        displayPhoneNumber: number.displayPhoneNumber,
        verifiedName: number.verifiedName ?? null,
        status: number.status ?? null,
        qualityRating: number.qualityRating ?? null,
        connectedHere: account?.organisation === caller.organisationId && !account.disconnectedAt,
        connectedElsewhere: account !== undefined && account.organisation !== caller.organisationId,
      };
    });
  }

  /** `locale` is the dialog's language (only the first view opens the dialog). */
  private view(
    row: SignupRow,
    phoneNumbers: WhatsAppSignup['phoneNumbers'],
    locale: 'en' | 'ja' = 'en',
  ): WhatsAppSignup {
    const dialog = new URL(this.config.WHATSAPP_SIGNUP_URL);
    const { appId } = this.appCredentials();
    const params = {
      client_id: appId,
      redirect_uri: this.redirectUri(),
      state: row.state,
      response_type: 'code',
      override_default_response_type: 'true',
      display: 'popup',
      ...(this.config.WHATSAPP_SIGNUP_CONFIG_ID ? { config_id: this.config.WHATSAPP_SIGNUP_CONFIG_ID } : {}),
      extras: JSON.stringify({ setup: {}, featureType: '', sessionInfoVersion: '3' }),
      locale: locale === 'ja' ? 'ja_JP' : 'en_US',
    };
    for (const [key, value] of Object.entries(params)) dialog.searchParams.set(key, value);
    return {
      id: row.id,
      status: row.status,
      dialogUrl: dialog.toString(),
      messageOrigin: dialog.origin,
      redirectUri: this.redirectUri(),
      state: row.state,
      expiresAt: iso(row.expiresAt),
      waba: row.wabaId ? { id: row.wabaId, name: row.wabaName ?? null } : null,
      suggestedPhoneNumberId: row.suggestedPhoneNumberId ?? null,
      phoneNumbers,
      channelAccountId: typeof row.channelAccount === 'string' ? row.channelAccount : null,
      error: row.error ?? null,
    };
  }

  private accessToken(row: SignupRow): string {
    if (!row.accessToken) throw new ApiError(409, 'SIGNUP_NOT_READY', 'this signup has no token');
    return String(this.clients.openCredentials(signupBinding(row.id), row.accessToken).accessToken);
  }

  private appCredentials(): { appId: string; appSecret: string } {
    const { WHATSAPP_APP_ID: appId, WHATSAPP_APP_SECRET: appSecret } = this.config;
    if (!appId || !appSecret)
      throw new ApiError(
        409,
        'CHANNEL_NOT_CONFIGURED',
        'connecting WhatsApp needs WHATSAPP_APP_ID and WHATSAPP_APP_SECRET',
      );
    return { appId, appSecret };
  }

  private redirectUri(): string {
    return `${this.config.PUBLIC_URL}/connect/whatsapp/callback`;
  }
}
