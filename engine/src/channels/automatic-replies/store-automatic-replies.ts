import type { AutomaticReplies } from '@parley/contracts';
import { recordAudit } from '../../audit/record-audit.js';
import type { Actor } from '../../auth/caller.js';
import type { Sql } from '../../infrastructure/database/database.js';
import { automaticRepliesRow, storedSettings } from './automatic-replies-rows.js';
import { checkFallbackTemplate } from './fallback-template.js';

/**
 * Stores a channel account's automatic replies (valid by `updateAutomaticRepliesSchema`) after
 * checking its fallback template, and audits the change; 404 for another organisation's account.
 * Run it in a transaction.
 */
export async function storeAutomaticReplies(
  sql: Sql,
  actor: Actor,
  accountId: string,
  settings: AutomaticReplies,
  now = new Date(),
): Promise<void> {
  const account = await automaticRepliesRow(sql, actor.organisationId, accountId);
  if (settings.fallbackTemplate)
    await checkFallbackTemplate(sql, actor.organisationId, account, settings.fallbackTemplate, now);
  await sql
    .updateTable('ChannelAccount')
    .set({
      automaticReplies: settings,
      automaticRepliesUpdatedAt: now,
      automaticRepliesUpdatedBy: 'userId' in actor ? actor.userId : null,
    })
    .where('organisation', '=', actor.organisationId)
    .where('id', '=', accountId)
    .execute();
  await recordAudit(
    sql,
    {
      actor,
      action: 'channel_account.automatic_replies_updated',
      target: { type: 'channel_account', id: accountId, label: account.name },
      before: storedSettings(account.automaticReplies),
      after: settings,
    },
    now,
  );
}
