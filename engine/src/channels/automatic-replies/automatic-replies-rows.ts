import {
  automaticRepliesSchema,
  defaultAutomaticReplies,
  type AutomaticReplies,
  type AutomaticRepliesResponse,
} from '@parley/contracts';
import type { Sql } from '../../infrastructure/database/database.js';
import { ApiError } from '../../infrastructure/http/api-error.js';
import { isoOrNull } from '../../infrastructure/database/timestamps.js';

/** One channel account of the organisation with its automatic replies and who last changed them. */
export async function automaticRepliesRow(sql: Sql, organisationId: string, accountId: string) {
  const row = await sql
    .selectFrom('ChannelAccount')
    .leftJoin('User', 'User.id', 'ChannelAccount.automaticRepliesUpdatedBy')
    .select([
      'ChannelAccount.id',
      'ChannelAccount.name',
      'ChannelAccount.channel',
      'ChannelAccount.parentAccountId',
      'ChannelAccount.automaticReplies',
      'ChannelAccount.automaticRepliesUpdatedAt',
      'User.id as updatedById',
      'User.name as updatedByName',
    ])
    .where('ChannelAccount.organisation', '=', organisationId)
    .where('ChannelAccount.id', '=', accountId)
    .executeTakeFirst();
  if (!row) throw new ApiError(404, 'NOT_FOUND', `channel account ${accountId} does not exist`);
  return row;
}

export type AutomaticRepliesRow = Awaited<ReturnType<typeof automaticRepliesRow>>;

/** The stored settings; the defaults when none were stored (or what is stored no longer parses). */
export function storedSettings(value: unknown): AutomaticReplies {
  if (value == null) return defaultAutomaticReplies;
  return automaticRepliesSchema.safeParse(value).data ?? defaultAutomaticReplies;
}

export function toAutomaticRepliesResponse(
  row: AutomaticRepliesRow,
  fallbackTemplateProblem: string | null,
): AutomaticRepliesResponse {
  return {
    ...storedSettings(row.automaticReplies),
    fallbackTemplateProblem,
    updatedAt: isoOrNull(row.automaticRepliesUpdatedAt),
    updatedBy: row.updatedById && row.updatedByName ? { id: row.updatedById, name: row.updatedByName } : null,
  };
}
