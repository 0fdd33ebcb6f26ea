import { DAY_MS } from './clock.js';

export type TemplateCategory = 'MARKETING' | 'UTILITY' | 'AUTHENTICATION';

/** `statuses[].pricing` under per-message pricing (since 2025-07-01). */
export interface Pricing {
  billable: boolean;
  pricing_model: 'PMP';
  category: string;
  type: 'regular' | 'free_customer_service' | 'free_entry_point';
}

export interface Billing {
  pricing: Pricing;
  originType: string;
  /** When the conversation this message belongs to ends. */
  expiresAtMs: number;
}

export interface BillingInput {
  /** The template's category; undefined for free-form messages. */
  templateCategory?: TemplateCategory;
  serviceWindowEndMs?: number;
  freeEntryPointEndMs?: number;
  nowMs: number;
}

/**
 * What Meta charges for a delivered message: nothing inside a free entry point window (72 h after
 * an ad click); nothing for free-form messages (only possible inside the customer service window)
 * and for utility templates inside the window; every other template by its category.
 */
export function billingFor(input: BillingInput): Billing {
  const { nowMs, templateCategory } = input;
  const free = (
    category: string,
    type: Pricing['type'],
    originType: string,
    expiresAtMs: number,
  ): Billing => ({
    pricing: { billable: false, pricing_model: 'PMP', category, type },
    originType,
    expiresAtMs,
  });
  if (input.freeEntryPointEndMs !== undefined && input.freeEntryPointEndMs > nowMs)
    return free('referral_conversion', 'free_entry_point', 'referral_conversion', input.freeEntryPointEndMs);
  const windowOpen = input.serviceWindowEndMs !== undefined && input.serviceWindowEndMs > nowMs;
  if (templateCategory === undefined)
    return free('service', 'free_customer_service', 'service', input.serviceWindowEndMs ?? nowMs);
  if (templateCategory === 'UTILITY' && windowOpen)
    return free('utility', 'free_customer_service', 'utility', input.serviceWindowEndMs ?? nowMs);
  const category = templateCategory.toLowerCase();
  return {
    pricing: { billable: true, pricing_model: 'PMP', category, type: 'regular' },
    originType: category,
    expiresAtMs: nowMs + DAY_MS,
  };
}
