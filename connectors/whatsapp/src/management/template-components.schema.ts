import { z } from 'zod';

/** Template components in Meta's shape, with WhatsApp's limits (see `templateDefinitionSchema`). */
const variablePattern = /\{\{\s*([A-Za-z0-9_]+)\s*\}\}/g;
const variables = (text: string) => [...text.matchAll(variablePattern)].map((match) => match[1]);
export const upper = <T extends string>(values: readonly [T, ...T[]]) =>
  z.preprocess((value) => (typeof value === 'string' ? value.toUpperCase() : value), z.enum(values));
const namedParams = z.array(z.looseObject({ param_name: z.string().min(1), example: z.string() })).min(1);
const label = z.string().min(1).max(25);

export const headerComponentSchema = z
  .looseObject({
    type: z.literal('HEADER'),
    format: upper(['TEXT', 'IMAGE', 'VIDEO', 'DOCUMENT', 'LOCATION']),
    text: z.string().min(1).max(60).optional(),
    example: z
      .looseObject({
        header_text: z.array(z.string()).max(1).optional(),
        header_text_named_params: namedParams.max(1).optional(),
        header_handle: z.array(z.string().min(1)).min(1).optional(),
      })
      .optional(),
  })
  .superRefine((component, context) => {
    if ((component.format === 'TEXT') !== (component.text !== undefined)) {
      context.addIssue({
        code: 'custom',
        path: ['text'],
        message: 'a TEXT header needs text; other formats take none',
      });
    }
    const count = variables(component.text ?? '').length;
    if (count > 1)
      context.addIssue({ code: 'custom', path: ['text'], message: 'a header takes at most one variable' });
    if (count === 1 && !component.example?.header_text && !component.example?.header_text_named_params) {
      context.addIssue({
        code: 'custom',
        path: ['example'],
        message: 'the header variable needs an example',
      });
    }
  });

export const bodyComponentSchema = z
  .looseObject({
    type: z.literal('BODY'),
    text: z.string().min(1).max(1024).optional(),
    add_security_recommendation: z.boolean().optional(),
    example: z
      .looseObject({
        body_text: z.array(z.array(z.string()).min(1)).min(1).optional(),
        body_text_named_params: namedParams.optional(),
      })
      .optional(),
  })
  .superRefine((component, context) => {
    const names = variables(component.text ?? '');
    if (names.length === 0) return;
    const examples =
      component.example?.body_text?.[0]?.length ?? component.example?.body_text_named_params?.length ?? 0;
    if (examples !== new Set(names).size) {
      context.addIssue({
        code: 'custom',
        path: ['example'],
        message: `the body has ${names.length} variables and ${examples} examples`,
      });
    }
  });

export const footerComponentSchema = z
  .looseObject({
    type: z.literal('FOOTER'),
    text: z.string().min(1).max(60).optional(),
    code_expiration_minutes: z.number().int().min(1).max(90).optional(),
  })
  .refine((component) => component.text !== undefined || component.code_expiration_minutes !== undefined, {
    message: 'a footer needs text',
  });

const button = z.discriminatedUnion('type', [
  z.looseObject({ type: z.literal('QUICK_REPLY'), text: label }),
  z.looseObject({
    type: z.literal('URL'),
    text: label,
    url: z.string().min(1).max(2000),
    example: z.array(z.string()).optional(),
  }),
  z.looseObject({
    type: z.literal('PHONE_NUMBER'),
    text: label,
    phone_number: z.string().regex(/^\+?\d{5,20}$/),
  }),
  z.looseObject({ type: z.literal('COPY_CODE'), example: z.string().min(1).max(15) }),
  z.looseObject({ type: z.enum(['OTP', 'FLOW', 'CATALOG', 'MPM', 'VOICE_CALL']), text: label.optional() }),
]);
export type TemplateButton = z.infer<typeof button>;

export const buttonsComponentSchema = z
  .looseObject({ type: z.literal('BUTTONS'), buttons: z.array(button).min(1).max(10) })
  .superRefine(({ buttons: list }, context) => {
    const count = (type: string) => list.filter((item) => item.type === type).length;
    for (const [type, max] of [
      ['URL', 2],
      ['PHONE_NUMBER', 1],
      ['COPY_CODE', 1],
    ] as const) {
      if (count(type) > max)
        context.addIssue({ code: 'custom', path: ['buttons'], message: `at most ${max} ${type} buttons` });
    }
    const kinds = list.map((item) => item.type === 'QUICK_REPLY');
    const switches = kinds.filter((kind, i) => i > 0 && kind !== kinds[i - 1]).length;
    if (switches > 1)
      context.addIssue({
        code: 'custom',
        path: ['buttons'],
        message: 'quick replies must be grouped apart from the other buttons',
      });
  });
