import type { AppConfig } from '../../infrastructure/config/config.schema.js';
import type { Sql } from '../../infrastructure/database/database.js';
import { ApiError } from '../../infrastructure/http/api-error.js';
import { isSandboxChannel } from '../sandbox-channels.js';

/** A WhatsApp account of the organisation whose customers are the sandbox's. */
export interface TestChatAccount {
  id: string;
  organisationId: string;
  name: string;
  /** The business number's phone number id: where the test customer writes. */
  phoneNumberId: string;
  enabled: boolean;
}

/**
 * The channel account a test chat talks on: the organisation's, WhatsApp, pointed at the sandbox
 * (never real customers: a draft may be unfinished) and, to write there, on.
 */
export async function requireTestChatAccount(
  sql: Sql,
  config: AppConfig,
  organisationId: string,
  channelAccountId: string,
  { toWrite }: { toWrite: boolean },
): Promise<TestChatAccount> {
  const account = await sql
    .selectFrom('ChannelAccount')
    .select(['id', 'name', 'channel', 'platformAccountId', 'enabled', 'disconnectedAt'])
    .where('id', '=', channelAccountId)
    .where('organisation', '=', organisationId)
    .executeTakeFirst();
  if (!account)
    throw new ApiError(
      404,
      'NOT_FOUND',
      `channelAccountId: channel account ${channelAccountId} does not exist`,
    );
  if (account.channel !== 'whatsapp' || !isSandboxChannel('whatsapp', config))
    throw new ApiError(
      409,
      'NOT_A_SANDBOX_CHANNEL',
      `channelAccountId: the test chat talks on the WhatsApp sandbox only; ${account.name} talks to real customers`,
    );
  if (toWrite && (!account.enabled || account.disconnectedAt !== null))
    throw new ApiError(
      409,
      'CHANNEL_ACCOUNT_OFF',
      `channelAccountId: ${account.name} is turned off; turn it on to test there`,
    );
  return {
    id: account.id,
    organisationId,
    name: account.name,
    phoneNumberId: account.platformAccountId,
    enabled: Boolean(account.enabled),
  };
}
