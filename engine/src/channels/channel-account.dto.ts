import type { ChannelAccount, ChannelAccountSummary } from '@parley/contracts';
import type { Sql } from '../infrastructure/database/database.js';
import { iso, isoOrNull } from '../infrastructure/database/timestamps.js';
import { channelIdOf } from './connectors.js';

const text = (value: unknown) => (typeof value === 'string' ? value : null);

/** Channel accounts with the people who connected and turned them off, scoped to an organisation. */
export function channelAccountRows(sql: Sql, organisationId: string) {
  return sql
    .selectFrom('ChannelAccount')
    .leftJoin('User as ConnectedBy', 'ConnectedBy.id', 'ChannelAccount.connectedBy')
    .leftJoin('User as DisabledBy', 'DisabledBy.id', 'ChannelAccount.disabledBy')
    .select([
      'ChannelAccount.id',
      'ChannelAccount.channel',
      'ChannelAccount.name',
      'ChannelAccount.enabled',
      'ChannelAccount.platformAccountId',
      'ChannelAccount.parentAccountId',
      'ChannelAccount.details',
      'ChannelAccount.connectedAt',
      'ChannelAccount.disabledAt',
      'ChannelAccount.disconnectedAt',
      'ConnectedBy.id as connectedById',
      'ConnectedBy.name as connectedByName',
      'DisabledBy.id as disabledById',
      'DisabledBy.name as disabledByName',
    ])
    .where('ChannelAccount.organisation', '=', organisationId);
}

export type ChannelAccountRow = Awaited<
  ReturnType<ReturnType<typeof channelAccountRows>['executeTakeFirstOrThrow']>
>;

const person = (id: string | null | undefined, name: string | null | undefined) =>
  id && name ? { id, name } : null;

export function toChannelAccountDto(row: ChannelAccountRow): ChannelAccount {
  const base = {
    id: row.id,
    name: row.name,
    enabled: Boolean(row.enabled),
    connected: row.disconnectedAt == null,
    platformAccountId: row.platformAccountId,
    connectedAt: iso(row.connectedAt),
    connectedBy: person(row.connectedById, row.connectedByName),
    disabledAt: isoOrNull(row.disabledAt),
    disabledBy: person(row.disabledById, row.disabledByName),
    disconnectedAt: isoOrNull(row.disconnectedAt),
  };
  const details = row.details;
  if (row.channel === 'telegram')
    return {
      ...base,
      channel: 'telegram',
      telegram: { botId: row.platformAccountId, username: text(details.username) },
    };
  return {
    ...base,
    channel: 'whatsapp',
    whatsapp: {
      wabaId: row.parentAccountId ?? '',
      wabaName: text(details.wabaName),
      businessId: text(details.businessId),
      businessName: text(details.businessName),
      displayPhoneNumber: text(details.displayPhoneNumber) ?? row.platformAccountId,
      verifiedName: text(details.verifiedName),
    },
  };
}

export function toChannelAccountSummary(row: {
  id: string;
  channel: string;
  name: string;
  enabled: boolean | number;
  disconnectedAt: Date | string | null;
}): ChannelAccountSummary {
  return {
    id: row.id,
    channel: channelIdOf(row.channel),
    name: row.name,
    enabled: Boolean(row.enabled),
    connected: row.disconnectedAt == null,
  };
}
