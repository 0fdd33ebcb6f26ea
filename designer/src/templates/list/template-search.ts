import { templateCategorySchema, templateStatusSchema } from '@parley/contracts';
import { z } from 'zod';

/**
 * The templates page's address: which WhatsApp account, and the list's filters. A value this
 * version does not know (an old link) is dropped rather than refused.
 */
export const templatesSearch = z.object({
  account: z.uuid().optional().catch(undefined),
  status: templateStatusSchema.optional().catch(undefined),
  category: templateCategorySchema.optional().catch(undefined),
  language: z.string().min(2).max(16).optional().catch(undefined),
});
export type TemplatesSearch = z.infer<typeof templatesSearch>;

/** A new template starts on the account the list showed. */
export const newTemplateSearch = z.object({ account: z.uuid().optional().catch(undefined) });
