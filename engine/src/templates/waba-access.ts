import type { WhatsAppManagementClient } from '@parley/connector-whatsapp';
import type { ChannelClients } from '../channels/channel-clients.service.js';
import type { Sql } from '../infrastructure/database/database.js';

export interface WabaAccess {
  management: WhatsAppManagementClient;
  /** A connected number of the WABA (media uploads go through a number). */
  phoneNumberId: string;
}

/**
 * The management client for one WABA of the organisation, with the token of one of its connected
 * numbers; undefined when none is connected any more.
 */
export async function wabaAccess(
  sql: Sql,
  clients: ChannelClients,
  organisationId: string,
  wabaId: string,
): Promise<WabaAccess | undefined> {
  const account = await sql
    .selectFrom('ChannelAccount')
    .select(['id', 'platformAccountId', 'credentials'])
    .where('organisation', '=', organisationId)
    .where('channel', '=', 'whatsapp')
    .where('parentAccountId', '=', wabaId)
    .where('disconnectedAt', 'is', null)
    .where('credentials', 'is not', null)
    .orderBy('connectedAt')
    .executeTakeFirst();
  return account ? accountAccess(clients, account) : undefined;
}

/** The management client of one connected number (its media ids are its own). */
export function accountAccess(
  clients: ChannelClients,
  account: { id: string; platformAccountId: string; credentials: string | null },
): WabaAccess | undefined {
  if (!account.credentials) return undefined;
  const credentials = clients.openCredentials(account.id, account.credentials);
  const accessToken = typeof credentials.accessToken === 'string' ? credentials.accessToken : undefined;
  return { management: clients.whatsappManagement(accessToken), phoneNumberId: account.platformAccountId };
}
