import { describe, expect, it } from 'vitest';
import { featureAccess, listPlanNames } from './plan-access';

describe('featureAccess', () => {
  it('names the current plan and the plans that include WhatsApp', () => {
    const access = featureAccess('free', 'whatsapp');
    expect(access.allowed).toBe(false);
    expect(access.current.name).toBe('Free');
    expect(access.including.map((p) => p.id)).toEqual(['premium', 'agency', 'agency_plus']);
  });

  it('allows what the plan includes', () => {
    expect(featureAccess('premium', 'whatsapp').allowed).toBe(true);
    expect(featureAccess('free', 'telegram').allowed).toBe(true);
  });
});

describe('listPlanNames', () => {
  it('lists plan names the way each language does', () => {
    const { including } = featureAccess('standard', 'whatsapp');
    expect(listPlanNames(including, 'en')).toBe('Premium, Agency, and Agency Plus');
    expect(listPlanNames(including, 'ja')).toBe('Premium、Agency、Agency Plus');
  });
});
