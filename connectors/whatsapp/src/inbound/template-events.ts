import { templateEvents, type InboundEvent } from '@parley/connector-sdk';
import { optional } from '../optional-field.js';
import type { TemplateCategoryValue, TemplateStatusValue } from '../webhook-payload.schema.js';

type TemplateEvent = (typeof templateEvents)[number];

/**
 * A `message_template_status_update` as a template_status event of the WABA (`entry.id`). Events
 * the normalized model does not list (e.g. UNARCHIVED, LOCKED) yield nothing.
 */
export function templateStatusEvents(
  wabaId: string,
  value: TemplateStatusValue,
  occurredAt: string,
  time: string,
): InboundEvent[] {
  if (!(templateEvents as readonly string[]).includes(value.event)) return [];
  return [
    {
      kind: 'template_status',
      eventId: `whatsapp:template:${value.message_template_id}:${value.event}:${time}`,
      channelAccountId: wabaId,
      occurredAt,
      templateId: value.message_template_id,
      templateName: value.message_template_name,
      language: value.message_template_language,
      event: value.event as TemplateEvent,
      reason: value.reason ?? null,
    },
  ];
}

/**
 * A `template_category_update`. An impending change carries `correct_category` (the category to
 * come; `new_category` is then the current one); a made change `previous_category` and `new_category`.
 */
export function templateCategoryEvents(
  wabaId: string,
  value: TemplateCategoryValue,
  occurredAt: string,
  time: string,
): InboundEvent[] {
  const announced = value.correct_category !== undefined;
  const newCategory = announced ? value.correct_category : value.new_category;
  if (newCategory === undefined) return [];
  const previousCategory = announced ? value.new_category : value.previous_category;
  const phase = announced ? 'announced' : 'changed';
  return [
    {
      kind: 'template_category',
      eventId: `whatsapp:template-category:${value.message_template_id}:${phase}:${newCategory}:${time}`,
      channelAccountId: wabaId,
      occurredAt,
      templateId: value.message_template_id,
      templateName: value.message_template_name,
      ...optional('language', value.message_template_language),
      ...optional('previousCategory', previousCategory),
      newCategory,
      phase,
    },
  ];
}
