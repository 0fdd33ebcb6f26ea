import { z } from 'zod';

/**
 * What WhatsApp bills a message as: a template's category, or `service` for anything else
 * (free-form replies). The status webhook's `pricing.category` uses the same names.
 */
export const billingCategories = [
  'marketing',
  'marketing_lite',
  'utility',
  'authentication',
  'authentication_international',
  'service',
  'referral_conversion',
] as const;
export const billingCategorySchema = z.enum(billingCategories);
export type BillingCategory = z.infer<typeof billingCategorySchema>;

/** Per delivered message (WhatsApp since 2025-07-01) or per 24-hour conversation (before). */
export const pricingModels = ['per_message', 'per_conversation'] as const;
export const pricingModelSchema = z.enum(pricingModels);
export type PricingModel = z.infer<typeof pricingModelSchema>;

const credits = z.number().int().min(0);
/** A text in English, and in Japanese when given. */
export const localisedTextSchema = z.object({ en: z.string().min(1), ja: z.string().min(1).optional() });
const isoInstant = z.iso.datetime({ offset: true });
/** An ISO 3166 region of the recipient's number, or `default` for every other one. */
const market = z.union([z.string().regex(/^[A-Z]{2}$/), z.literal('default')]);

/** Credits per message (or per conversation) by category, for each market. */
export const rateCardSchema = z.object({
  id: z.string().min(1),
  markets: z
    .record(market, z.partialRecord(billingCategorySchema, credits))
    .refine((markets) => 'default' in markets, { message: 'a rate card needs a `default` market' }),
});
export type RateCard = z.infer<typeof rateCardSchema>;

/** Monthly volume tiers: from this many charged messages of a category this month, a discount. */
export const volumeTierSchema = z.object({
  category: billingCategorySchema,
  fromMessages: z.number().int().min(1),
  discountPercent: z.number().min(0).max(100),
});

/**
 * One set of billing rules, in force from `effectiveFrom` until the next set's. Every rule
 * WhatsApp has changed is a field here, so a change is new data, never a new code path.
 */
export const pricingRuleSetSchema = z.object({
  id: z.string().min(1),
  effectiveFrom: isoInstant,
  /** Announced by resellers but not confirmed by WhatsApp: applied only when the operator says so. */
  reported: z.boolean().default(false),
  /** What the rules say, in the web app's languages (English required). */
  description: localisedTextSchema,
  model: pricingModelSchema,
  rateCard: z.string().min(1),
  /** Categories that cost nothing while the customer-service window is open. */
  freeInsideWindow: z.array(billingCategorySchema),
  /** Categories that cost nothing inside a 72-hour free entry-point window (click-to-WhatsApp ads). */
  freeInEntryPoint: z.array(billingCategorySchema),
  /** Categories charged at another category's rate (`service: utility`). */
  chargedAs: z.partialRecord(billingCategorySchema, billingCategorySchema).default({}),
  volumeTiers: z.array(volumeTierSchema).default([]),
});
export type PricingRuleSet = z.infer<typeof pricingRuleSetSchema>;

/** How credits are sold in one currency. `unitPrice` is a decimal string, per credit. */
export const creditCurrencySchema = z.object({
  unitPrice: z.string().regex(/^\d+(\.\d{1,6})?$/),
  /** Tax added to the price (Japan's consumption tax: 10). */
  taxPercent: z.number().min(0).max(100),
});

export const purchaseTierSchema = z.object({
  fromCredits: z.number().int().min(1),
  discountPercent: z.number().min(0).max(100),
});

/** Everything Parley charges and sells: rate cards, dated rule sets, and the price of credits. */
export const priceListSchema = z
  .object({
    rateCards: z.array(rateCardSchema).min(1),
    ruleSets: z.array(pricingRuleSetSchema).min(1),
    purchase: z.object({
      minimumCredits: z.number().int().min(1),
      maximumCredits: z.number().int().min(1),
      currencies: z.record(z.string().regex(/^[A-Z]{3}$/), creditCurrencySchema),
      tiers: z.array(purchaseTierSchema),
    }),
  })
  .superRefine((list, context) => {
    const cards = new Set(list.rateCards.map((card) => card.id));
    list.ruleSets.forEach((set, index) => {
      if (!cards.has(set.rateCard))
        context.addIssue({
          code: 'custom',
          path: ['ruleSets', index, 'rateCard'],
          message: `no rate card "${set.rateCard}"`,
        });
    });
    if (Object.keys(list.purchase.currencies).length === 0)
      context.addIssue({
        code: 'custom',
        path: ['purchase', 'currencies'],
        message: 'at least one currency',
      });
  });
export type PriceList = z.infer<typeof priceListSchema>;
export type PriceListInput = z.input<typeof priceListSchema>;
