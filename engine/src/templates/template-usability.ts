import { deliveryRestrictionFor, sendableTemplateStatuses, type TemplateStatus } from '@parley/contracts';

/** What `templateRefusal` looks at, from a stored template row. */
export function usabilityOf(row: {
  name: string;
  wabaId: string;
  status: string;
  category: string;
  enabled: boolean | number;
  content: unknown;
}) {
  return {
    name: row.name,
    wabaId: row.wabaId,
    status: row.status,
    category: row.category,
    enabled: Boolean(row.enabled),
    hasContent: row.content !== null,
  };
}

export interface UsabilityRefusal {
  code: string;
  message: string;
}

/**
 * Why this template cannot go to this contact now, or null when it can. The one check every
 * path that sends a template makes (the inbox now; fallback, flows and broadcasts later).
 */
export function templateRefusal(
  template: {
    name: string;
    wabaId: string;
    status: string;
    category: string;
    enabled: boolean;
    hasContent: boolean;
  },
  conversation: { wabaId: string | null; phone: string | null; userId: string | null },
  now: Date,
): UsabilityRefusal | null {
  if (template.wabaId !== conversation.wabaId)
    return {
      code: 'TEMPLATE_OTHER_ACCOUNT',
      message: `${template.name} belongs to another WhatsApp Business Account than this conversation`,
    };
  if (!template.enabled)
    return {
      code: 'TEMPLATE_DISABLED',
      message: `${template.name} is turned off in Parley; an admin can turn it on again in Templates`,
    };
  if (!sendableTemplateStatuses.includes(template.status as TemplateStatus))
    return {
      code: 'TEMPLATE_NOT_APPROVED',
      message: `${template.name} is ${template.status.toLowerCase()} on WhatsApp; only approved templates can be sent`,
    };
  if (!template.hasContent)
    return {
      code: 'TEMPLATE_NOT_SUPPORTED',
      message: `${template.name} uses parts Parley cannot fill in (it was created outside Parley)`,
    };
  const restriction = deliveryRestrictionFor(template.category, conversation, now);
  if (restriction)
    return {
      code: 'MARKETING_NOT_DELIVERED_US',
      message: `WhatsApp does not deliver ${template.category.toLowerCase()} templates to ${restriction.region} numbers (since ${restriction.from.slice(0, 10)}); nothing was sent or charged`,
    };
  return null;
}
