import { z } from 'zod';
import { isoDateTime, personRefSchema } from '../common.schema.js';
import { permissionSchema } from './permissions.js';

export const apiTokenSchema = z.object({
  id: z.uuid(),
  name: z.string(),
  /** The token's first characters, to recognise it (`prl_4fG7…`). */
  prefix: z.string(),
  scopes: z.array(permissionSchema),
  owner: personRefSchema,
  createdAt: isoDateTime,
  lastUsedAt: isoDateTime.nullable(),
  expiresAt: isoDateTime.nullable(),
  revokedAt: isoDateTime.nullable(),
});
export type ApiToken = z.infer<typeof apiTokenSchema>;

export const createApiTokenRequest = z.object({
  name: z.string().trim().min(1).max(100),
  scopes: z
    .array(permissionSchema)
    .min(1, 'choose at least one scope')
    .refine((scopes) => new Set(scopes).size === scopes.length, 'lists a scope twice'),
  /** Days until it stops working; null for a token that does not expire. */
  expiresInDays: z.number().int().min(1).max(730).nullable(),
});
export type CreateApiTokenRequest = z.infer<typeof createApiTokenRequest>;

/** A new token: `token` is shown this once and never again (only its hash is kept). */
export const createdApiTokenSchema = z.object({ apiToken: apiTokenSchema, token: z.string() });
export type CreatedApiToken = z.infer<typeof createdApiTokenSchema>;
