import { plans, plansWith, type Plan, type PlanFeature, type PlanId } from '@parley/contracts';

export interface FeatureAccess {
  allowed: boolean;
  /** The organisation's plan. */
  current: Plan;
  /** The plans that include the feature, cheapest first: what a notice suggests. */
  including: Plan[];
}

/** Whether the organisation's plan includes a feature, read from the contract's plan data. */
export function featureAccess(plan: PlanId, feature: PlanFeature): FeatureAccess {
  const current: Plan = plans[plan];
  return { allowed: current.features[feature], current, including: plansWith(feature) };
}

/** Plan names as a list in the person's language: "Premium, Agency, and Agency Plus". */
export function listPlanNames(list: readonly Plan[], locale: string): string {
  return new Intl.ListFormat(locale, { type: 'conjunction' }).format(list.map((p) => p.name));
}
