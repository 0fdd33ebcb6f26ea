import type { OutboundMessage, templateParameterSchema } from '@parley/connector-sdk';
import type { z } from 'zod';
import { optional } from '../optional-field.js';

export type TemplateMessage = Extract<OutboundMessage, { type: 'template' }>;
export type TemplateParameter = z.infer<typeof templateParameterSchema>;
type TemplateButton = NonNullable<TemplateMessage['buttons']>[number];

/** The `template` object: name, language code and the header, body and button components. */
export function templateBody(message: TemplateMessage): Record<string, unknown> {
  const components = [
    ...(message.header?.length ? [{ type: 'header', parameters: message.header.map(parameter) }] : []),
    ...(message.body?.length ? [{ type: 'body', parameters: message.body.map(parameter) }] : []),
    ...(message.buttons ?? []).map(buttonComponent),
  ];
  return {
    name: message.name,
    language: { code: message.language },
    ...(components.length > 0 ? { components } : {}),
  };
}

function buttonComponent(button: TemplateButton): Record<string, unknown> {
  return {
    type: 'button',
    sub_type: button.subType,
    // Meta's examples send the index both as a number and as a string; the spec wants a string.
    index: String(button.index),
    parameters: button.parameters.map((value) =>
      button.subType === 'copy_code' && value.type === 'text'
        ? { type: 'coupon_code', coupon_code: value.text }
        : parameter(value),
    ),
  };
}

/** One template parameter in Meta's shape. */
export function parameter(value: TemplateParameter): Record<string, unknown> {
  switch (value.type) {
    case 'text':
      return { type: 'text', text: value.text, ...optional('parameter_name', value.name) };
    case 'currency':
      return {
        type: 'currency',
        currency: { fallback_value: value.fallback, code: value.code, amount_1000: value.amount1000 },
      };
    case 'date_time':
      return { type: 'date_time', date_time: { fallback_value: value.fallback } };
    case 'image':
    case 'video':
    case 'document':
      return {
        type: value.type,
        [value.type]: value.mediaId === undefined ? { link: value.link } : { id: value.mediaId },
      };
    case 'payload':
      return { type: 'payload', payload: value.payload };
  }
}
