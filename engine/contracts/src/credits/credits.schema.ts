import { z } from 'zod';
import { isoDateTime, pageQuerySchema, pageSchema, personRefSchema } from '../common.schema.js';
import { billingCategorySchema, localisedTextSchema, pricingModelSchema } from './pricing.schema.js';

export const currencySchema = z.string().regex(/^[A-Z]{3}$/, 'a three-letter ISO 4217 code');

/** `GET /api/credits`: the organisation's balance and how it buys and spends credits. */
export const creditAccountSchema = z.object({
  /** Credits held, after open reservations were taken out of it. */
  balance: z.number().int(),
  /** Credits set aside for sends not yet delivered or failed. */
  reserved: z.number().int().min(0),
  currency: currencySchema,
  /** Admins are told when the balance falls below this; null when off. */
  lowBalanceThreshold: z.number().int().min(0).nullable(),
  low: z.boolean(),
  /** The rules in force now. */
  pricing: z.object({ ruleSetId: z.string(), model: pricingModelSchema, description: localisedTextSchema }),
  /** How purchases are paid (the sandbox's test cards, or Stripe Checkout), in which currencies, how many credits at once. */
  payments: z.object({
    provider: z.enum(['sandbox', 'stripe']),
    currencies: z.array(currencySchema),
    minimumCredits: z.number().int(),
    maximumCredits: z.number().int(),
  }),
});
export type CreditAccount = z.infer<typeof creditAccountSchema>;

/** `PUT /api/credits/settings` (admins). */
export const updateCreditSettingsSchema = z
  .object({
    lowBalanceThreshold: z.number().int().min(0).max(100_000_000).nullable(),
    currency: currencySchema,
  })
  .partial();
export type UpdateCreditSettings = z.infer<typeof updateCreditSettingsSchema>;

export const ledgerEntryKinds = [
  'purchase',
  'reservation',
  'deduction',
  'release',
  'refund',
  'adjustment',
] as const;
export const ledgerEntryKindSchema = z.enum(ledgerEntryKinds);
export type LedgerEntryKind = z.infer<typeof ledgerEntryKindSchema>;

/** One append-only ledger entry: `amount` is signed (purchase +, reservation −, release +, …). */
export const ledgerEntrySchema = z.object({
  id: z.uuid(),
  kind: ledgerEntryKindSchema,
  amount: z.number().int(),
  balanceAfter: z.number().int(),
  category: billingCategorySchema.nullable(),
  market: z.string().nullable(),
  /** The message it pays for. */
  message: z.object({ id: z.uuid(), conversationId: z.uuid() }).nullable(),
  purchaseId: z.uuid().nullable(),
  note: z.string().nullable(),
  actor: personRefSchema.nullable(),
  createdAt: isoDateTime,
});
export type LedgerEntry = z.infer<typeof ledgerEntrySchema>;

const dayOrInstant = z.union([z.iso.date(), isoDateTime]);
const ledgerFilters = {
  kind: z
    .union([ledgerEntryKindSchema, z.array(ledgerEntryKindSchema)])
    .transform((kind) => (Array.isArray(kind) ? kind : [kind]))
    .optional(),
  /** From this day (in `timeZone`) or instant, inclusive. */
  from: dayOrInstant.optional(),
  /** To this day (in `timeZone`, inclusive) or instant (exclusive). */
  to: dayOrInstant.optional(),
  timeZone: z.string().min(1).max(64).default('UTC'),
};
/** `GET /api/credits/ledger` (newest first) and `GET /api/credits/ledger.csv`. */
export const listLedgerQuery = pageQuerySchema(50, 500).extend(ledgerFilters);
export const exportLedgerQuery = z.object(ledgerFilters);
export type ListLedgerQuery = z.infer<typeof listLedgerQuery>;
export const ledgerPageSchema = pageSchema(ledgerEntrySchema);

/** `GET /api/credits/usage`: credits charged per day (in `timeZone`) and category. */
export const usageQuery = z.object({
  from: z.iso.date(),
  to: z.iso.date(),
  timeZone: z.string().min(1).max(64).default('UTC'),
});
export const usageSchema = z.object({
  days: z.array(
    z.object({ date: z.iso.date(), byCategory: z.partialRecord(billingCategorySchema, z.number().int()) }),
  ),
  total: z.number().int(),
});
export type Usage = z.infer<typeof usageSchema>;

/** `GET /api/credits/quote?credits=&currency=`: what buying credits costs, in minor units. */
export const purchaseQuoteQuery = z.object({
  credits: z.coerce.number().int(),
  currency: currencySchema.optional(),
});
export const purchaseQuoteSchema = z.object({
  credits: z.number().int(),
  currency: currencySchema,
  minorDigits: z.number().int(),
  unitPrice: z.string(),
  subtotal: z.number().int(),
  discountPercent: z.number(),
  discount: z.number().int(),
  taxPercent: z.number(),
  tax: z.number().int(),
  total: z.number().int(),
});
export type PurchaseQuoteDto = z.infer<typeof purchaseQuoteSchema>;

/** The sandbox payment provider's test cards: any expiry in the future, any CVC. */
export const sandboxTestCards = {
  succeeds: '4242424242424242',
  declined: '4000000000000002',
  /** Pending (as a card asking for 3-D Secure), then paid a few seconds later. */
  pendingThenSucceeds: '4000000000003220',
} as const;

export const sandboxCardSchema = z.object({
  number: z
    .string()
    .transform((number) => number.replace(/[\s-]/g, ''))
    .pipe(z.string().regex(/^\d{12,19}$/, 'a card number of 12 to 19 digits')),
  /** MM/YY */
  expiry: z.string().regex(/^(0[1-9]|1[0-2])\/\d{2}$/, 'MM/YY'),
  cvc: z.string().regex(/^\d{3,4}$/, '3 or 4 digits'),
  name: z.string().trim().min(1).max(200),
});

/** `POST /api/credits/purchases` (admins). */
export const createPurchaseSchema = z.object({
  /** The client's id for this purchase: sending it again never buys twice. */
  clientId: z.uuid(),
  credits: z.number().int(),
  payment: z.discriminatedUnion('provider', [
    z.object({ provider: z.literal('sandbox'), card: sandboxCardSchema }),
    z.object({ provider: z.literal('stripe') }),
  ]),
});
export type CreatePurchase = z.infer<typeof createPurchaseSchema>;

/** The reasons the payment providers give a code for (`failureCode`). */
export const paymentFailureCodes = [
  'card_declined',
  'expired_card',
  'card_not_accepted',
  'async_payment_failed',
  'payment_failed',
] as const;

export const purchaseStatuses = ['pending', 'paid', 'granted', 'declined', 'expired'] as const;
export const purchaseSchema = z.object({
  id: z.uuid(),
  credits: z.number().int(),
  quote: purchaseQuoteSchema,
  provider: z.enum(['sandbox', 'stripe']),
  status: z.enum(purchaseStatuses),
  failureReason: z.string().nullable(),
  /** The provider's reason as a code, when it gave one (`card_declined`, `expired_card`, …). */
  failureCode: z.string().nullable(),
  /** Stripe: where to pay. */
  checkoutUrl: z.string().nullable(),
  createdBy: personRefSchema.nullable(),
  createdAt: isoDateTime,
  grantedAt: isoDateTime.nullable(),
});
export type Purchase = z.infer<typeof purchaseSchema>;

/** `GET /api/conversations/:id/price?templateId=`: what sending now costs (free-form without `templateId`). */
export const messagePriceQuery = z.object({ templateId: z.uuid().optional() });
export const messagePriceSchema = z.object({
  credits: z.number().int().min(0),
  category: billingCategorySchema,
  free: z.enum(['customer_service_window', 'entry_point', 'open_conversation', 'no_rate']).nullable(),
  balance: z.number().int(),
  sufficient: z.boolean(),
});
export type MessagePriceDto = z.infer<typeof messagePriceSchema>;

/** The 409 of a paid message the balance cannot cover. */
export const insufficientCreditsErrorSchema = z.object({
  code: z.literal('INSUFFICIENT_CREDITS'),
  message: z.string(),
  price: z.number().int(),
  balance: z.number().int(),
  category: billingCategorySchema,
});
export type InsufficientCreditsError = z.infer<typeof insufficientCreditsErrorSchema>;
