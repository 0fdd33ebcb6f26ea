import { describe, expect, it } from 'vitest';
import { defaultPriceList } from './price-list.js';
import { type MessagePricingInput, billingCategoryOf, priceMessage, ruleSetAt } from './pricing.js';

const confirmed = { applyReported: false };
const reported = { applyReported: true };
const message = (input: Partial<MessagePricingInput>): MessagePricingInput => ({
  category: 'marketing',
  region: 'JP',
  at: new Date('2025-08-01T00:00:00Z'),
  windowOpen: false,
  entryPointOpen: false,
  monthlyVolume: 0,
  conversationOpen: false,
  ...input,
});
const price = (input: Partial<MessagePricingInput>, options = confirmed) =>
  priceMessage(defaultPriceList, message(input), options);

describe('priceMessage', () => {
  it('charges a template by category and the recipient’s market, per message since 2025-07-01', () => {
    expect(price({})).toEqual({
      credits: 15,
      category: 'marketing',
      market: 'JP',
      model: 'per_message',
      ruleSetId: 'whatsapp-2025-07-per-message',
      free: null,
      discountPercent: 0,
    });
    expect(price({ region: 'US' }).credits).toBe(4);
    expect(price({ category: 'utility' }).credits).toBe(3);
    expect(price({ category: 'authentication', region: 'IN' }).credits).toBe(1);
  });

  it('uses the default market for a region without its own rates, or none known', () => {
    expect(price({ region: 'FR' })).toMatchObject({ market: 'default', credits: 10 });
    expect(price({ region: null })).toMatchObject({ market: 'default', credits: 10 });
  });

  it('lets free-form replies and utility templates through the open window for nothing', () => {
    expect(price({ category: 'service', windowOpen: true })).toMatchObject({
      credits: 0,
      free: 'customer_service_window',
    });
    expect(price({ category: 'utility', windowOpen: true })).toMatchObject({
      credits: 0,
      free: 'customer_service_window',
    });
    // A marketing template costs inside the window too.
    expect(price({ windowOpen: true }).credits).toBe(15);
    // Service has no rate at all: free even with the window closed.
    expect(price({ category: 'service' })).toMatchObject({ credits: 0, free: 'no_rate' });
  });

  it('makes everything free inside a free entry-point window', () => {
    for (const category of ['marketing', 'utility', 'authentication', 'service'] as const)
      expect(price({ category, entryPointOpen: true })).toMatchObject({ credits: 0, free: 'entry_point' });
  });

  it('takes the volume tier’s discount off utility and authentication, rounded, never below 1', () => {
    expect(price({ category: 'utility', region: 'DE', monthlyVolume: 99_999 })).toMatchObject({
      credits: 9,
      discountPercent: 0,
    });
    expect(price({ category: 'utility', region: 'DE', monthlyVolume: 100_000 })).toMatchObject({
      credits: 9, // 8.55
      discountPercent: 5,
    });
    expect(price({ category: 'utility', region: 'DE', monthlyVolume: 1_000_000 })).toMatchObject({
      credits: 8, // 8.1
      discountPercent: 10,
    });
    expect(price({ category: 'utility', region: 'IN', monthlyVolume: 1_000_000 }).credits).toBe(1);
    // Marketing has no tiers.
    expect(price({ monthlyVolume: 5_000_000 })).toMatchObject({ credits: 15, discountPercent: 0 });
  });

  it('charges once per 24-hour conversation under the per-conversation rules before 2025-07', () => {
    const at = new Date('2025-03-01T00:00:00Z');
    expect(price({ at })).toMatchObject({
      credits: 15,
      model: 'per_conversation',
      ruleSetId: 'whatsapp-2024-11-per-conversation',
    });
    expect(price({ at, conversationOpen: true })).toMatchObject({ credits: 0, free: 'open_conversation' });
    // Under per-message pricing an open conversation means nothing.
    expect(price({ conversationOpen: true }).credits).toBe(15);
  });

  it('switches rules on their effective date; a reported rule set only when applied', () => {
    const reply = { category: 'service' as const, windowOpen: true };
    const before = new Date('2026-09-30T23:59:59.999Z');
    const from = new Date('2026-10-01T00:00:00Z');
    expect(price({ ...reply, at: before }, reported)).toMatchObject({
      credits: 0,
      free: 'customer_service_window',
    });
    expect(price({ ...reply, at: from }, reported)).toEqual({
      credits: 3,
      category: 'utility',
      market: 'JP',
      model: 'per_message',
      ruleSetId: 'whatsapp-2026-10-per-message-reported',
      free: null,
      discountPercent: 0,
    });
    expect(price({ ...reply, at: from }, confirmed)).toMatchObject({
      credits: 0,
      ruleSetId: 'whatsapp-2025-07-per-message',
    });
    // Utility templates inside the window are billed too; the entry-point window stays free.
    expect(price({ category: 'utility', windowOpen: true, at: from }, reported).credits).toBe(3);
    expect(price({ ...reply, entryPointOpen: true, at: from }, reported).free).toBe('entry_point');
  });

  it('refuses a moment before every rule set', () => {
    expect(() => ruleSetAt(defaultPriceList, new Date('2024-01-01T00:00:00Z'), confirmed)).toThrow(
      /no pricing rule set is in force/,
    );
  });
});

describe('billingCategoryOf', () => {
  it('names a template’s category as WhatsApp bills it, and anything else a service message', () => {
    expect(billingCategoryOf('MARKETING')).toBe('marketing');
    expect(billingCategoryOf('utility')).toBe('utility');
    expect(billingCategoryOf('AUTHENTICATION')).toBe('authentication');
    expect(billingCategoryOf(null)).toBe('service');
    expect(billingCategoryOf(undefined)).toBe('service');
    expect(billingCategoryOf('SOMETHING_NEW')).toBe('service');
  });
});
