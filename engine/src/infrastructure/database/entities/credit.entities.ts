import { type InferEntity, defineEntity, p } from '@mikro-orm/core';
import { ledgerEntryKinds, purchaseStatuses } from '@parley/contracts';
import { PortableBoolean } from '../portable-boolean.type.js';
import { Conversation } from './inbox.entities.js';
import { Organisation, User } from './people.entities.js';

/**
 * An organisation's credits: the balance the ledger adds up to (kept here, in the same
 * transaction as each entry, so a reservation is one conditional update under concurrency) and
 * its settings.
 */
export const CreditAccount = defineEntity({
  name: 'CreditAccount',
  tableName: 'credit_accounts',
  properties: {
    organisation: () => p.manyToOne(Organisation).primary(),
    /** The sum of every entry's amount. */
    balance: p.integer().default(0),
    /** Credits held by reservations not yet settled or released. */
    reserved: p.integer().default(0),
    currency: p.string().length(3).default('JPY'),
    lowBalanceThreshold: p.integer().nullable(),
    /** Admins were told the balance is below the threshold; cleared when it rises above. */
    lowBalanceAlerted: p.type(PortableBoolean).default(false),
    updatedAt: p.datetime(),
  },
});
export type CreditAccount = InferEntity<typeof CreditAccount>;

/** A purchase of credits: quoted, paid through a provider, then granted exactly once. */
export const CreditPurchase = defineEntity({
  name: 'CreditPurchase',
  tableName: 'credit_purchases',
  properties: {
    id: p.uuid().primary(),
    organisation: () => p.manyToOne(Organisation),
    /** The client's id: the same request twice makes one purchase. */
    clientId: p.uuid(),
    credits: p.integer(),
    currency: p.string().length(3),
    /** The quote paid (`PurchaseQuote`, minor units). */
    quote: p.json<Record<string, unknown>>(),
    totalMinor: p.integer(),
    provider: p.string().length(16),
    /** The provider's id for the payment (sandbox payment id, Stripe Checkout session id). */
    providerRef: p.string().length(255).nullable(),
    status: p.enum(purchaseStatuses),
    failureReason: p.text().nullable(),
    checkoutUrl: p.text().nullable(),
    createdBy: () => p.manyToOne(User).nullable().deleteRule('set null'),
    createdAt: p.datetime(),
    updatedAt: p.datetime(),
    paidAt: p.datetime().nullable(),
    grantedAt: p.datetime().nullable(),
  },
  uniques: [{ properties: ['organisation', 'clientId'] }],
  indexes: [{ properties: ['organisation', 'createdAt'] }, { properties: ['providerRef'] }],
});
export type CreditPurchase = InferEntity<typeof CreditPurchase>;

/**
 * One append-only ledger entry. `key` names the billable event it records (`reservation:<message
 * key>`, `purchase:<id>`), unique per organisation, so no retry or redelivery records it twice.
 */
export const CreditEntry = defineEntity({
  name: 'CreditEntry',
  tableName: 'credit_entries',
  properties: {
    id: p.uuid().primary(),
    organisation: () => p.manyToOne(Organisation),
    key: p.string().length(400),
    kind: p.enum(ledgerEntryKinds),
    /** Signed: what the entry adds to the balance. */
    amount: p.integer(),
    balanceAfter: p.integer(),
    /** The outbound message's idempotency key, for entries about a message. */
    messageKey: p.string().length(300).nullable(),
    conversation: () => p.manyToOne(Conversation).nullable(),
    category: p.string().length(32).nullable(),
    market: p.string().length(16).nullable(),
    purchase: () => p.manyToOne(CreditPurchase).nullable(),
    note: p.text().nullable(),
    actor: () => p.manyToOne(User).nullable().deleteRule('set null'),
    createdAt: p.datetime(),
  },
  uniques: [{ properties: ['organisation', 'key'] }],
  indexes: [
    { properties: ['organisation', 'createdAt'] },
    { properties: ['organisation', 'kind', 'createdAt'] },
    { properties: ['messageKey'] },
  ],
});
export type CreditEntry = InferEntity<typeof CreditEntry>;

/**
 * Per-conversation pricing: a charged 24-hour conversation of one category with one contact.
 * Messages of that category inside it cost nothing more.
 */
export const BillingConversation = defineEntity({
  name: 'BillingConversation',
  tableName: 'billing_conversations',
  properties: {
    id: p.uuid().primary(),
    organisation: () => p.manyToOne(Organisation),
    conversation: () => p.manyToOne(Conversation),
    category: p.string().length(32),
    /** The message whose charge opened it; released with it if that send fails. */
    messageKey: p.string().length(300),
    openedAt: p.datetime(),
    expiresAt: p.datetime(),
  },
  uniques: [{ properties: ['messageKey'] }],
  indexes: [{ properties: ['conversation', 'category', 'expiresAt'] }],
});
export type BillingConversation = InferEntity<typeof BillingConversation>;
