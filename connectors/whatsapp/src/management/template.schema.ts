import { z } from 'zod';
import {
  bodyComponentSchema,
  buttonsComponentSchema,
  footerComponentSchema,
  headerComponentSchema,
  upper,
} from './template-components.schema.js';

export type { TemplateButton } from './template-components.schema.js';

/**
 * A template as `POST /{waba-id}/message_templates` takes it, in Meta's own shape, checked
 * against WhatsApp's rules (WHATSAPP.md): name `^[a-z0-9_]+$` ≤ 512; one BODY ≤ 1024 whose
 * variables all have examples; HEADER TEXT ≤ 60 with at most one variable, or a media/location
 * header; FOOTER ≤ 60; ≤ 10 buttons (URL ≤ 2, PHONE_NUMBER ≤ 1, COPY_CODE ≤ 1, labels ≤ 25,
 * quick replies grouped together). Component types are accepted in any case, as Meta does.
 * Authentication (OTP), flow, catalog and multi-product buttons pass with their own fields.
 */
export const templateComponentSchema = z.preprocess(
  (value) =>
    typeof value === 'object' && value !== null && 'type' in value && typeof value.type === 'string'
      ? { ...value, type: value.type.toUpperCase() }
      : value,
  z.discriminatedUnion('type', [
    headerComponentSchema,
    bodyComponentSchema,
    footerComponentSchema,
    buttonsComponentSchema,
  ]),
);
export type TemplateComponent = z.infer<typeof templateComponentSchema>;

const components = z
  .array(templateComponentSchema)
  .min(1)
  .superRefine((list, context) => {
    for (const type of ['HEADER', 'BODY', 'FOOTER', 'BUTTONS']) {
      const count = list.filter((component) => component.type === type).length;
      if (count > 1) context.addIssue({ code: 'custom', message: `at most one ${type} component` });
      if (type === 'BODY' && count === 0)
        context.addIssue({ code: 'custom', message: 'a template needs a BODY' });
    }
  });

export const templateCategorySchema = upper(['MARKETING', 'UTILITY', 'AUTHENTICATION']);

export const templateDefinitionSchema = z
  .looseObject({
    name: z
      .string()
      .regex(/^[a-z0-9_]+$/, 'lowercase letters, digits and underscores only')
      .max(512),
    language: z.string().min(2),
    category: templateCategorySchema,
    allow_category_change: z.boolean().optional(),
    parameter_format: z.enum(['positional', 'named', 'POSITIONAL', 'NAMED']).optional(),
    components,
  })
  .superRefine((template, context) => {
    const bodyIndex = template.components.findIndex((component) => component.type === 'BODY');
    const bodyComponent = template.components[bodyIndex];
    if (
      template.category !== 'AUTHENTICATION' &&
      bodyComponent?.type === 'BODY' &&
      bodyComponent.text === undefined
    ) {
      context.addIssue({
        code: 'custom',
        path: ['components', bodyIndex, 'text'],
        message: 'the body needs text',
      });
    }
  });
/** A template to create (the schema also accepts component types in lowercase, as Meta does). */
export type TemplateDefinition = z.infer<typeof templateDefinitionSchema>;

/** `POST /{template-id}`: new components and/or category (an approved template keeps its category). */
export const templateEditSchema = z
  .looseObject({ category: templateCategorySchema.optional(), components: components.optional() })
  .refine((edit) => edit.category !== undefined || edit.components !== undefined, {
    message: 'nothing to change',
  });
export type TemplateEdit = z.infer<typeof templateEditSchema>;
