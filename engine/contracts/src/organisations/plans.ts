import { z } from 'zod';

/** The plans, named as Zoho Social names them. */
export const planIds = ['free', 'standard', 'professional', 'premium', 'agency', 'agency_plus'] as const;
export const planIdSchema = z.enum(planIds);
export type PlanId = z.infer<typeof planIdSchema>;

/** What a plan unlocks: features are on or off, limits are counts. */
export interface Plan {
  id: PlanId;
  name: string;
  features: {
    /** Connecting WhatsApp Business numbers. */
    whatsapp: boolean;
    /** Connecting Telegram bots. */
    telegram: boolean;
  };
  limits: {
    /** Active people plus pending invitations. */
    users: number;
    /** Connected channel accounts of every channel. */
    channelAccounts: number;
  };
}
export type PlanFeature = keyof Plan['features'];

/** Plans are data: what each unlocks is read from here, never written as a condition in code. */
export const plans = {
  free: {
    id: 'free',
    name: 'Free',
    features: { whatsapp: false, telegram: true },
    limits: { users: 1, channelAccounts: 1 },
  },
  standard: {
    id: 'standard',
    name: 'Standard',
    features: { whatsapp: false, telegram: true },
    limits: { users: 1, channelAccounts: 2 },
  },
  professional: {
    id: 'professional',
    name: 'Professional',
    features: { whatsapp: false, telegram: true },
    limits: { users: 2, channelAccounts: 3 },
  },
  premium: {
    id: 'premium',
    name: 'Premium',
    features: { whatsapp: true, telegram: true },
    limits: { users: 5, channelAccounts: 5 },
  },
  agency: {
    id: 'agency',
    name: 'Agency',
    features: { whatsapp: true, telegram: true },
    limits: { users: 10, channelAccounts: 10 },
  },
  agency_plus: {
    id: 'agency_plus',
    name: 'Agency Plus',
    features: { whatsapp: true, telegram: true },
    limits: { users: 20, channelAccounts: 20 },
  },
} as const satisfies Record<PlanId, Plan>;

/** The plans that unlock a feature, cheapest first: what a notice suggests upgrading to. */
export function plansWith(feature: PlanFeature): Plan[] {
  return planIds.map((id) => plans[id]).filter((plan) => plan.features[feature]);
}
