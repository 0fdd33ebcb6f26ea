import type { BillingCategory, LedgerEntry, LedgerEntryKind } from '@parley/contracts';
import { billingCategorySchema } from '@parley/contracts';
import type { Sql } from '../../infrastructure/database/database.js';
import { iso } from '../../infrastructure/database/timestamps.js';

/** The ledger's rows with what the API shows of them: the message paid for and who acted. */
export function ledgerRows(sql: Sql, organisationId: string) {
  return sql
    .selectFrom('CreditEntry')
    .leftJoin('Message', 'Message.idempotencyKey', 'CreditEntry.messageKey')
    .leftJoin('User', 'User.id', 'CreditEntry.actor')
    .select([
      'CreditEntry.id',
      'CreditEntry.kind',
      'CreditEntry.amount',
      'CreditEntry.balanceAfter',
      'CreditEntry.category',
      'CreditEntry.market',
      'CreditEntry.conversation',
      'CreditEntry.purchase',
      'CreditEntry.note',
      'CreditEntry.createdAt',
      'Message.id as messageId',
      'User.id as actorId',
      'User.name as actorName',
    ])
    .where('CreditEntry.organisation', '=', organisationId);
}

type LedgerRow = Awaited<ReturnType<ReturnType<typeof ledgerRows>['execute']>>[number];

export function toLedgerEntryDto(row: LedgerRow): LedgerEntry {
  const category = billingCategorySchema.safeParse(row.category);
  return {
    id: row.id,
    kind: row.kind as LedgerEntryKind,
    amount: row.amount,
    balanceAfter: row.balanceAfter,
    category: category.success ? (category.data as BillingCategory) : null,
    market: row.market ?? null,
    message:
      row.messageId && row.conversation ? { id: row.messageId, conversationId: row.conversation } : null,
    purchaseId: row.purchase ?? null,
    note: row.note ?? null,
    actor: row.actorId && row.actorName ? { id: row.actorId, name: row.actorName } : null,
    createdAt: iso(row.createdAt),
  };
}
