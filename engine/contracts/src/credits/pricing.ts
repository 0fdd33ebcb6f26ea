import type { BillingCategory, PriceList, PricingModel, PricingRuleSet } from './pricing.schema.js';

/** Why a message costs nothing. */
export type FreeReason = 'customer_service_window' | 'entry_point' | 'open_conversation' | 'no_rate';

export interface MessagePricingInput {
  /** The template's category, or `service` for a free-form message. */
  category: BillingCategory;
  /** The recipient's ISO 3166 region; null when unknown (the rate card's default market). */
  region: string | null;
  /** When the message is sent. */
  at: Date;
  /** The customer-service window is open. */
  windowOpen: boolean;
  /** A free entry-point window (72 hours after a click-to-WhatsApp ad) is open. */
  entryPointOpen: boolean;
  /** Messages of this category charged this calendar month so far (for volume tiers). */
  monthlyVolume: number;
  /** Per-conversation model: a charged conversation of this category is open with this contact. */
  conversationOpen: boolean;
}

export interface MessagePrice {
  credits: number;
  /** The category charged (after `chargedAs`). */
  category: BillingCategory;
  market: string;
  model: PricingModel;
  ruleSetId: string;
  free: FreeReason | null;
  discountPercent: number;
}

export interface RuleOptions {
  /** Apply rule sets marked `reported` (announced, not confirmed by WhatsApp). */
  applyReported: boolean;
}

/** The rule set in force at `at`: the latest whose `effectiveFrom` has passed. */
export function ruleSetAt(list: PriceList, at: Date, options: RuleOptions): PricingRuleSet {
  const inForce = list.ruleSets
    .filter((set) => options.applyReported || !set.reported)
    .filter((set) => Date.parse(set.effectiveFrom) <= at.getTime())
    .sort((a, b) => Date.parse(b.effectiveFrom) - Date.parse(a.effectiveFrom));
  const set = inForce[0];
  if (!set) throw new Error(`no pricing rule set is in force at ${at.toISOString()}`);
  return set;
}

/** What one outbound message costs under the rules in force when it is sent. */
export function priceMessage(
  list: PriceList,
  input: MessagePricingInput,
  options: RuleOptions,
): MessagePrice {
  const set = ruleSetAt(list, input.at, options);
  const card = list.rateCards.find((candidate) => candidate.id === set.rateCard)!;
  const market = input.region && card.markets[input.region] ? input.region : 'default';
  const category = set.chargedAs[input.category] ?? input.category;
  const base = { category, market, model: set.model, ruleSetId: set.id, discountPercent: 0 };
  const free = (reason: FreeReason): MessagePrice => ({ ...base, credits: 0, free: reason });

  if (input.entryPointOpen && set.freeInEntryPoint.includes(input.category)) return free('entry_point');
  if (input.windowOpen && set.freeInsideWindow.includes(input.category))
    return free('customer_service_window');
  if (set.model === 'per_conversation' && input.conversationOpen) return free('open_conversation');
  const rate = card.markets[market]?.[category] ?? card.markets.default?.[category] ?? 0;
  if (rate === 0) return free('no_rate');
  const discountPercent = set.volumeTiers
    .filter((tier) => tier.category === category && input.monthlyVolume >= tier.fromMessages)
    .reduce((best, tier) => Math.max(best, tier.discountPercent), 0);
  const credits = Math.max(1, Math.round((rate * (100 - discountPercent)) / 100));
  return { ...base, credits, free: null, discountPercent };
}

/** The billing category of an outbound message: its template's category, else `service`. */
export function billingCategoryOf(templateCategory: string | null | undefined): BillingCategory {
  switch (templateCategory?.toUpperCase()) {
    case 'MARKETING':
      return 'marketing';
    case 'UTILITY':
      return 'utility';
    case 'AUTHENTICATION':
      return 'authentication';
    default:
      return 'service';
  }
}
