import { type PriceList, type PriceListInput, billingCategories, priceListSchema } from './pricing.schema.js';

/** WhatsApp's monthly volume tiers for utility and authentication templates. */
const utilityAndAuthenticationTiers = [
  { category: 'utility', fromMessages: 100_000, discountPercent: 5 },
  { category: 'utility', fromMessages: 1_000_000, discountPercent: 10 },
  { category: 'authentication', fromMessages: 100_000, discountPercent: 5 },
  { category: 'authentication', fromMessages: 1_000_000, discountPercent: 10 },
] satisfies PriceListInput['ruleSets'][number]['volumeTiers'];

/**
 * Parley's default price list: what a message costs in credits and what credits cost. Data, not
 * code — whoever runs Parley sets their own figures (`PRICE_LIST_FILE`, a JSON file of this shape)
 * and adds a rule set when WhatsApp changes how it bills. The rule sets follow WhatsApp's billing
 * rules (../docs/credits.md); the credit figures are Parley's own, not Meta's rates.
 */
export const defaultPriceListInput = {
  rateCards: [
    {
      id: 'parley-2025-07',
      markets: {
        JP: {
          marketing: 15,
          marketing_lite: 12,
          utility: 3,
          authentication: 3,
          authentication_international: 6,
          service: 0,
          referral_conversion: 0,
        },
        US: {
          marketing: 4,
          marketing_lite: 3,
          utility: 1,
          authentication: 1,
          authentication_international: 2,
          service: 0,
          referral_conversion: 0,
        },
        IN: {
          marketing: 2,
          marketing_lite: 2,
          utility: 1,
          authentication: 1,
          authentication_international: 4,
          service: 0,
          referral_conversion: 0,
        },
        BR: {
          marketing: 10,
          marketing_lite: 8,
          utility: 2,
          authentication: 2,
          authentication_international: 4,
          service: 0,
          referral_conversion: 0,
        },
        GB: {
          marketing: 9,
          marketing_lite: 7,
          utility: 3,
          authentication: 3,
          authentication_international: 5,
          service: 0,
          referral_conversion: 0,
        },
        DE: {
          marketing: 20,
          marketing_lite: 16,
          utility: 9,
          authentication: 9,
          authentication_international: 10,
          service: 0,
          referral_conversion: 0,
        },
        default: {
          marketing: 10,
          marketing_lite: 8,
          utility: 3,
          authentication: 3,
          authentication_international: 5,
          service: 0,
          referral_conversion: 0,
        },
      },
    },
  ],
  ruleSets: [
    {
      id: 'whatsapp-2024-11-per-conversation',
      effectiveFrom: '2024-11-01T00:00:00Z',
      description: {
        en: 'One charge per 24-hour conversation, by category; service conversations free; utility templates free inside an open customer-service window.',
        ja: '24 時間の会話ごとにカテゴリ別に 1 回課金。サービス会話は無料、カスタマーサービスウィンドウ内のユーティリティテンプレートも無料。',
      },
      model: 'per_conversation',
      rateCard: 'parley-2025-07',
      freeInsideWindow: ['service', 'utility'],
      freeInEntryPoint: [...billingCategories],
    },
    {
      id: 'whatsapp-2025-07-per-message',
      effectiveFrom: '2025-07-01T00:00:00Z',
      description: {
        en: 'Each delivered template charged by category and market; free-form replies and utility templates free inside the customer-service window; everything free inside a free entry-point window; utility and authentication volume tiers.',
        ja: '配信されたテンプレートごとにカテゴリと地域で課金。カスタマーサービスウィンドウ内の自由形式の返信とユーティリティテンプレートは無料、無料エントリーポイントウィンドウ内はすべて無料。ユーティリティと認証にはボリューム割引あり。',
      },
      model: 'per_message',
      rateCard: 'parley-2025-07',
      freeInsideWindow: ['service', 'utility'],
      freeInEntryPoint: [...billingCategories],
      volumeTiers: utilityAndAuthenticationTiers,
    },
    {
      id: 'whatsapp-2026-10-per-message-reported',
      effectiveFrom: '2026-10-01T00:00:00Z',
      reported: true,
      description: {
        en: 'Reported by resellers, not confirmed by WhatsApp: free-form replies and utility templates inside the window billed at the market’s utility rate; the free entry-point window stays free.',
        ja: '販売代理店の報告による（WhatsApp 未確認）：ウィンドウ内の自由形式の返信とユーティリティテンプレートは地域のユーティリティ料金で課金。無料エントリーポイントウィンドウは引き続き無料。',
      },
      model: 'per_message',
      rateCard: 'parley-2025-07',
      freeInsideWindow: [],
      freeInEntryPoint: [...billingCategories],
      chargedAs: { service: 'utility' },
      volumeTiers: utilityAndAuthenticationTiers,
    },
  ],
  purchase: {
    minimumCredits: 100,
    maximumCredits: 10_000_000,
    currencies: {
      JPY: { unitPrice: '1', taxPercent: 10 },
      USD: { unitPrice: '0.007', taxPercent: 0 },
      EUR: { unitPrice: '0.0065', taxPercent: 0 },
    },
    tiers: [
      { fromCredits: 10_000, discountPercent: 5 },
      { fromCredits: 100_000, discountPercent: 10 },
      { fromCredits: 1_000_000, discountPercent: 15 },
    ],
  },
} satisfies PriceListInput;

export const defaultPriceList: PriceList = priceListSchema.parse(defaultPriceListInput);
