import { type Purchase, purchaseQuoteSchema } from '@parley/contracts';
import type { Sql } from '../../infrastructure/database/database.js';
import { iso, isoOrNull } from '../../infrastructure/database/timestamps.js';

/** Purchases with their buyer's name, as every view of them needs. */
export function purchaseRows(sql: Sql, organisationId: string) {
  return sql
    .selectFrom('CreditPurchase')
    .leftJoin('User', 'User.id', 'CreditPurchase.createdBy')
    .selectAll('CreditPurchase')
    .select('User.name as createdByName')
    .where('CreditPurchase.organisation', '=', organisationId);
}

export type PurchaseRow = Awaited<ReturnType<ReturnType<typeof purchaseRows>['executeTakeFirstOrThrow']>>;

/** One purchase of the organisation, or undefined. */
export function findPurchase(sql: Sql, organisationId: string, id: string): Promise<PurchaseRow | undefined> {
  return purchaseRows(sql, organisationId).where('CreditPurchase.id', '=', id).executeTakeFirst();
}

/** The purchase as the API and the live event show it: the one place it is mapped. */
export function toPurchaseDto(row: PurchaseRow): Purchase {
  return {
    id: row.id,
    credits: row.credits,
    quote: purchaseQuoteSchema.parse(row.quote),
    provider: row.provider === 'stripe' ? 'stripe' : 'sandbox',
    status: row.status,
    failureReason: row.failureReason ?? null,
    // Providers' reasons start with their code: `card_declined: 4242… was declined`.
    failureCode: row.failureReason?.match(/^([a-z_]+):/)?.[1] ?? null,
    // Only a purchase still waiting for its payment has somewhere to pay.
    checkoutUrl: row.status === 'pending' ? (row.checkoutUrl ?? null) : null,
    createdBy: row.createdBy && row.createdByName ? { id: row.createdBy, name: row.createdByName } : null,
    createdAt: iso(row.createdAt),
    grantedAt: isoOrNull(row.grantedAt),
  };
}
