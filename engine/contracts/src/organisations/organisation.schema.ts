import { z } from 'zod';
import { isoDateTime } from '../common.schema.js';
import { planIdSchema } from './plans.js';

export const organisationNameSchema = z.string().trim().min(1).max(120);

export const organisationSchema = z.object({
  id: z.uuid(),
  name: z.string(),
  plan: planIdSchema,
  createdAt: isoDateTime,
});
export type Organisation = z.infer<typeof organisationSchema>;

export const updateOrganisationRequest = z.object({ name: organisationNameSchema });
export type UpdateOrganisationRequest = z.infer<typeof updateOrganisationRequest>;
