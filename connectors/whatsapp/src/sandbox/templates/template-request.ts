import { z } from 'zod';
import { templateCategories, type TemplateComponent, type TemplateDraft } from './template.model.js';

/** A request Meta refuses, worded for `refused()` (code 100 with a user-facing title and text). */
export interface TemplateProblem {
  message: string;
  subcode?: number;
  userTitle: string;
  userMessage: string;
}

const upper = <const T extends readonly [string, ...string[]]>(values: T) =>
  z
    .string()
    .transform((value) => value.toUpperCase())
    .pipe(z.enum(values));

const namedExamples = z.array(z.object({ param_name: z.string(), example: z.string() }));
const exampleSchema = z.object({
  header_text: z.array(z.string()).optional(),
  header_text_named_params: namedExamples.optional(),
  body_text: z.array(z.array(z.string())).optional(),
  body_text_named_params: namedExamples.optional(),
  header_handle: z.array(z.string()).optional(),
});

const buttonSchema = z.looseObject({
  type: z.string().transform((value) => value.toUpperCase()),
  text: z.string().optional(),
  url: z.string().optional(),
  phone_number: z.string().optional(),
  example: z.union([z.array(z.string()), z.string()]).optional(),
  otp_type: z.string().optional(),
});

const componentSchema = z.strictObject({
  type: upper(['HEADER', 'BODY', 'FOOTER', 'BUTTONS']),
  format: upper(['TEXT', 'IMAGE', 'VIDEO', 'DOCUMENT', 'LOCATION']).optional(),
  text: z.string().optional(),
  example: exampleSchema.optional(),
  buttons: z.array(buttonSchema).optional(),
  add_security_recommendation: z.boolean().optional(),
  code_expiration_minutes: z.number().int().min(1).max(90).optional(),
});

export const createTemplateSchema = z.object({
  name: z.string(),
  language: z.string(),
  category: upper(templateCategories),
  allow_category_change: z.boolean().optional(),
  parameter_format: upper(['POSITIONAL', 'NAMED']).optional(),
  components: z.array(componentSchema).min(1),
  message_send_ttl_seconds: z.number().int().optional(),
});

/** An edit may change the components and (unless the template is approved) the category. */
export const editTemplateSchema = z.object({
  category: upper(templateCategories).optional(),
  components: z.array(componentSchema).min(1).optional(),
  parameter_format: upper(['POSITIONAL', 'NAMED']).optional(),
  message_send_ttl_seconds: z.number().int().optional(),
});

export type ParsedTemplate = { ok: true; draft: TemplateDraft } | { ok: false; problem: TemplateProblem };

export function invalidParameter(userTitle: string, userMessage: string, subcode?: number): TemplateProblem {
  return { message: 'Invalid parameter', userTitle, userMessage, ...(subcode ? { subcode } : {}) };
}

/** Reads a create request into a draft, or says what Meta would refuse about its shape. */
export function parseCreateRequest(body: unknown): ParsedTemplate {
  const parsed = createTemplateSchema.safeParse(body);
  if (!parsed.success) return { ok: false, problem: shapeProblem(parsed.error) };
  const request = parsed.data;
  return {
    ok: true,
    draft: {
      name: request.name,
      language: request.language,
      category: request.category,
      allowCategoryChange: request.allow_category_change ?? false,
      parameterFormat: request.parameter_format ?? 'POSITIONAL',
      components: request.components.map(stripUndefined),
    },
  };
}

export function shapeProblem(error: z.ZodError): TemplateProblem {
  const issue = error.issues[0];
  const path = (issue?.path ?? [])
    .map((key) => (typeof key === 'number' ? `[${key}]` : `[${String(key)}]`))
    .join('');
  return invalidParameter(
    'Invalid parameter',
    `Param ${path || '(body)'}: ${issue?.message ?? 'is invalid'}`,
  );
}

export function stripUndefined(component: z.infer<typeof componentSchema>): TemplateComponent {
  return Object.fromEntries(
    Object.entries(component).filter(([, value]) => value !== undefined),
  ) as unknown as TemplateComponent;
}
