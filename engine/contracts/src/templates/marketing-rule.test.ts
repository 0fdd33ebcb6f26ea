import { describe, expect, it } from 'vitest';
import { deliveryRestrictionFor, recipientRegion, templateDeliveryRestrictions } from './marketing-rule.js';

describe('recipientRegion', () => {
  it.each([
    ['12125550123', 'US', 'New York (212)'],
    ['14155550123', 'US', 'San Francisco (415)'],
    ['12025550123', 'US', 'Washington DC (202)'],
    ['13125550123', 'US', 'Chicago (312)'],
    ['16502530000', 'US', 'Mountain View (650)'],
    ['19075550123', 'US', 'Alaska (907)'],
    ['18085550123', 'US', 'Hawaii (808)'],
    ['14165550123', 'CA', 'Toronto (416)'],
    ['16045550123', 'CA', 'Vancouver (604)'],
    ['15145550123', 'CA', 'Montréal (514)'],
    ['14035550123', 'CA', 'Calgary (403)'],
    ['17875550123', 'PR', 'Puerto Rico (787)'],
    ['19395550123', 'PR', 'Puerto Rico (939)'],
    ['18765550123', 'JM', 'Jamaica (876)'],
    ['18095550123', 'DO', 'Dominican Republic (809)'],
    ['16715550123', 'GU', 'Guam (671)'],
    ['13409775000', 'VI', 'US Virgin Islands (340)'],
    ['81312345678', 'JP', 'Tokyo landline'],
    ['819012345678', 'JP', 'Japanese mobile'],
    ['447400123456', 'GB', 'UK mobile'],
    ['79161234567', 'RU', 'Russian mobile (+7)'],
    ['77011234567', 'KZ', 'Kazakh mobile (+7)'],
  ])('places %s in %s (%s)', (phone, region) => {
    expect(recipientRegion({ phone })).toBe(region);
  });

  it('reads numbers however they are written', () => {
    for (const phone of ['+1 (212) 555-0123', '+1-212-555-0123', '1 212 555 0123'])
      expect(recipientRegion({ phone })).toBe('US');
    expect(recipientRegion({ phone: '+81 3-1234-5678' })).toBe('JP');
  });

  it('falls back to the business-scoped user id’s region without a number', () => {
    expect(recipientRegion({ userId: 'US.13491208655302741918' })).toBe('US');
    expect(recipientRegion({ phone: null, userId: 'JP.13491208655302741918' })).toBe('JP');
    expect(recipientRegion({ phone: '', userId: 'CA.1349' })).toBe('CA');
  });

  it('prefers the number’s region to the user id’s', () => {
    expect(recipientRegion({ phone: '14165550123', userId: 'US.13491208655302741918' })).toBe('CA');
  });

  it('uses the user id when the number cannot be placed', () => {
    expect(recipientRegion({ phone: '1', userId: 'US.1349' })).toBe('US');
  });

  it('knows no region without a number or a well-formed user id', () => {
    expect(recipientRegion({})).toBeNull();
    expect(recipientRegion({ phone: null, userId: null })).toBeNull();
    expect(recipientRegion({ userId: '13491208655302741918' })).toBeNull();
    expect(recipientRegion({ userId: 'us.1349' })).toBeNull();
    expect(recipientRegion({ phone: '12' })).toBeNull();
  });
});

describe('deliveryRestrictionFor', () => {
  const inForce = new Date('2025-06-01T00:00:00Z');
  const usMarketing = templateDeliveryRestrictions.find((rule) => rule.id === 'US_MARKETING');

  it('is the rule of WHATSAPP.md: marketing to US numbers, from 2025-04-01, not lifted', () => {
    expect(templateDeliveryRestrictions).toEqual([
      { id: 'US_MARKETING', category: 'MARKETING', region: 'US', from: '2025-04-01T00:00:00Z', until: null },
    ]);
  });

  it('stops marketing templates to US numbers from 2025-04-01', () => {
    expect(deliveryRestrictionFor('MARKETING', { phone: '12125550123' }, inForce)).toBe(usMarketing);
    expect(
      deliveryRestrictionFor('MARKETING', { phone: '14155550123' }, new Date('2025-04-01T00:00:00Z')),
    ).toBe(usMarketing);
    expect(
      deliveryRestrictionFor('MARKETING', { phone: '12025550123' }, new Date('2026-11-30T09:00:00Z')),
    ).toBe(usMarketing);
  });

  it('lets them through before 2025-04-01', () => {
    expect(
      deliveryRestrictionFor('MARKETING', { phone: '12125550123' }, new Date('2025-03-31T23:59:59.999Z')),
    ).toBeUndefined();
  });

  it('stops them to a US customer known only by a business-scoped user id', () => {
    expect(deliveryRestrictionFor('MARKETING', { userId: 'US.13491208655302741918' }, inForce)).toBe(
      usMarketing,
    );
  });

  it('lets utility and authentication templates reach US numbers', () => {
    for (const category of ['UTILITY', 'AUTHENTICATION'])
      expect(deliveryRestrictionFor(category, { phone: '12125550123' }, inForce)).toBeUndefined();
  });

  it('lets marketing reach Canada, Puerto Rico, Jamaica, Japan and the other +1 countries', () => {
    for (const phone of [
      '14165550123',
      '16045550123',
      '17875550123',
      '19395550123',
      '18765550123',
      '81312345678',
    ])
      expect(deliveryRestrictionFor('MARKETING', { phone }, inForce)).toBeUndefined();
    expect(deliveryRestrictionFor('MARKETING', { userId: 'CA.1349' }, inForce)).toBeUndefined();
  });

  it('lets marketing through to a recipient of no known region', () => {
    expect(deliveryRestrictionFor('MARKETING', {}, inForce)).toBeUndefined();
  });

  it('no longer applies a rule once it is lifted', () => {
    const lifted = [{ ...templateDeliveryRestrictions[0], until: '2026-01-01T00:00:00Z' }];
    expect(
      deliveryRestrictionFor('MARKETING', { phone: '12125550123' }, new Date('2025-12-31T23:59:59Z'), lifted),
    ).toBe(lifted[0]);
    expect(
      deliveryRestrictionFor('MARKETING', { phone: '12125550123' }, new Date('2026-01-01T00:00:00Z'), lifted),
    ).toBeUndefined();
    expect(
      deliveryRestrictionFor('MARKETING', { phone: '12125550123' }, new Date('2026-06-01T00:00:00Z'), lifted),
    ).toBeUndefined();
    expect(deliveryRestrictionFor('MARKETING', { phone: '12125550123' }, inForce, [])).toBeUndefined();
  });
});
