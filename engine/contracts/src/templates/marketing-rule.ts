import { parsePhoneNumberFromString } from 'libphonenumber-js/min';

/**
 * Where WhatsApp does not deliver a template category, from when (and until when, once lifted).
 * Data, not code: when WhatsApp changes the rule, this table changes.
 */
export const templateDeliveryRestrictions = [
  {
    id: 'US_MARKETING',
    category: 'MARKETING',
    /** ISO 3166 region of the recipient's number. */
    region: 'US',
    from: '2025-04-01T00:00:00Z',
    until: null as string | null,
  },
] as const;
export type TemplateDeliveryRestriction = (typeof templateDeliveryRestrictions)[number];

/**
 * The region of a customer's number (`81…` → JP, `1 212…` → US, `1 416…` → CA, `1 787…` → PR), or
 * of their business-scoped user id (`US.1349…`) when they have no number.
 */
export function recipientRegion(recipient: { phone?: string | null; userId?: string | null }): string | null {
  if (recipient.phone) {
    const digits = recipient.phone.replace(/[^\d]/g, '');
    const parsed = parsePhoneNumberFromString(`+${digits}`);
    if (parsed?.country) return parsed.country;
  }
  const prefix = recipient.userId?.match(/^([A-Z]{2})\./)?.[1];
  return prefix ?? null;
}

/** The restriction that stops this category reaching this recipient at this moment, if any. */
export function deliveryRestrictionFor(
  category: string,
  recipient: { phone?: string | null; userId?: string | null },
  at: Date,
  restrictions: readonly TemplateDeliveryRestriction[] = templateDeliveryRestrictions,
): TemplateDeliveryRestriction | undefined {
  const region = recipientRegion(recipient);
  if (!region) return undefined;
  return restrictions.find(
    (rule) =>
      rule.category === category &&
      rule.region === region &&
      Date.parse(rule.from) <= at.getTime() &&
      (rule.until === null || at.getTime() < Date.parse(rule.until)),
  );
}
