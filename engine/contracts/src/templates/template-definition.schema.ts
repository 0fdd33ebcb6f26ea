import { z } from 'zod';
import { templateLanguages } from './template-languages.js';
import { templateLimits, templateMediaFormats, type TemplateMediaFormat } from './template-limits.js';
import { checkTemplate } from './template-rules.js';

export const templateCategories = ['MARKETING', 'UTILITY', 'AUTHENTICATION'] as const;
export const templateCategorySchema = z.enum(templateCategories);
export type TemplateCategory = z.infer<typeof templateCategorySchema>;

export const templateHeaderSchema = z.discriminatedUnion('format', [
  /** `example` is the sample for the header's variable ('' when it has none). */
  z.object({ format: z.literal('TEXT'), text: z.string(), example: z.string() }),
  /** `fileId`: a file of the organisation's library (null for an imported template's header). */
  z.object({
    format: z.enum(templateMediaFormats as [TemplateMediaFormat, ...TemplateMediaFormat[]]),
    fileId: z.uuid().nullable(),
  }),
]);
export type TemplateHeader = z.infer<typeof templateHeaderSchema>;

export const templateButtonTypes = ['QUICK_REPLY', 'URL', 'PHONE_NUMBER', 'COPY_CODE'] as const;
export const templateButtonSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('QUICK_REPLY'), text: z.string() }),
  /** `example`: the sample value of the URL's variable ('' without one). */
  z.object({ type: z.literal('URL'), text: z.string(), url: z.string(), example: z.string() }),
  /** `phoneNumber` in international format, with the country code (+81…). */
  z.object({ type: z.literal('PHONE_NUMBER'), text: z.string(), phoneNumber: z.string() }),
  /** `example`: a sample offer code (the code itself is a parameter of each send). */
  z.object({ type: z.literal('COPY_CODE'), example: z.string() }),
]);
export type TemplateButton = z.infer<typeof templateButtonSchema>;
export type TemplateButtonType = TemplateButton['type'];

/** Authentication templates: WhatsApp writes the text; the business picks these. */
export const authenticationOptionsSchema = z.object({
  addSecurityRecommendation: z.boolean(),
  /** Shown as "This code expires in N minutes." (1–90), or null for no footer. */
  codeExpirationMinutes: z.number().int().min(1).max(templateLimits.codeExpirationMinutesMax).nullable(),
  /** The copy-code button's label. */
  buttonText: z.string(),
});
export type AuthenticationOptions = z.infer<typeof authenticationOptionsSchema>;

/**
 * What a template says and shows: the part an edit may change. Empty strings mean "none" (a form's
 * blank field), so the same shape serves the form and the API.
 */
export const templateContentShape = {
  category: templateCategorySchema,
  header: templateHeaderSchema.nullable(),
  body: z.string(),
  /** Samples for the body's variables, by name (`1`, `2`… or `order_id`). */
  examples: z.record(z.string(), z.string()),
  footer: z.string(),
  buttons: z.array(templateButtonSchema).max(templateLimits.buttonsMax * 2),
  /** For AUTHENTICATION templates only (null otherwise). */
  authentication: authenticationOptionsSchema.nullable(),
  /** Lets WhatsApp approve it in the category it judges right instead of rejecting it. */
  allowCategoryChange: z.boolean(),
};
export type TemplateContent = z.infer<z.ZodObject<typeof templateContentShape>>;

export const templateNameSchema = z
  .string()
  .min(1)
  .max(templateLimits.nameMax)
  .regex(/^[a-z0-9_]+$/, 'use lowercase letters, digits and underscores only');
export const templateLanguageSchema = z.enum(templateLanguages);

/** Which group a template goes in: an existing one, a new one by name, or none. */
export const templateGroupChoiceShape = {
  groupId: z.uuid().nullable(),
  /** A new group to create and put the template in ('' for none); wins over `groupId`. */
  newGroupName: z.string().trim().max(templateLimits.groupNameMax),
};

const withRules = <T extends z.ZodObject>(schema: T) =>
  schema.superRefine((value, context) => {
    for (const issue of checkTemplate(value as unknown as TemplateContent))
      context.addIssue({ code: 'custom', path: issue.path, message: issue.message, params: issue.params });
  });

/** `POST /api/templates`: a new template for the channel account's WhatsApp Business Account. */
export const createTemplateSchema = withRules(
  z.object({
    channelAccountId: z.uuid(),
    name: templateNameSchema,
    language: templateLanguageSchema,
    ...templateGroupChoiceShape,
    ...templateContentShape,
  }),
);
export type CreateTemplateInput = z.infer<typeof createTemplateSchema>;

/** `PUT /api/templates/:id`: new content (name and language never change; the group may). */
export const editTemplateSchema = withRules(
  z.object({ ...templateGroupChoiceShape, ...templateContentShape }),
);
export type EditTemplateInput = z.infer<typeof editTemplateSchema>;
