import { z } from 'zod';
import { isoDateTime, localeSchema } from '../common.schema.js';
import { organisationNameSchema, organisationSchema } from '../organisations/organisation.schema.js';
import { permissionSchema, roleSchema } from '../users/permissions.js';
import { emailSchema, passwordSchema, personNameSchema } from '../users/user.schema.js';

/** `GET /api/auth/setup`: whether this installation still needs its first admin. */
export const setupStatusSchema = z.object({ needed: z.boolean() });

/** The first-run form: the organisation and its first admin. */
export const setupRequest = z.object({
  organisationName: organisationNameSchema,
  name: personNameSchema,
  email: emailSchema,
  password: passwordSchema,
  locale: localeSchema.optional(),
});
export type SetupRequest = z.input<typeof setupRequest>;

export const signInRequest = z.object({
  email: emailSchema,
  password: z.string().min(1).max(1024),
});
export type SignInRequest = z.input<typeof signInRequest>;

/** Who is signed in, what they may do, and the token that must accompany their changes (CSRF). */
export const sessionSchema = z.object({
  user: z.object({
    id: z.uuid(),
    email: z.string(),
    name: z.string(),
    role: roleSchema,
    locale: localeSchema,
  }),
  organisation: organisationSchema,
  permissions: z.array(permissionSchema),
  /** Send it back as `X-CSRF-Token` with every request that changes something. */
  csrfToken: z.string(),
});
export type Session = z.infer<typeof sessionSchema>;

/** Invitation and password-reset links carry a one-time token. */
export const oneTimeTokenSchema = z.string().min(20).max(200);

export const invitationPreviewRequest = z.object({ token: oneTimeTokenSchema });
export const invitationPreviewSchema = z.object({
  organisationName: z.string(),
  email: z.string(),
  role: roleSchema,
  invitedBy: z.string().nullable(),
  expiresAt: isoDateTime,
});
export type InvitationPreview = z.infer<typeof invitationPreviewSchema>;

export const acceptInvitationRequest = z.object({
  token: oneTimeTokenSchema,
  name: personNameSchema,
  password: passwordSchema,
  locale: localeSchema.optional(),
});
export type AcceptInvitationRequest = z.input<typeof acceptInvitationRequest>;

export const requestPasswordResetRequest = z.object({ email: emailSchema });
/**
 * How a reset link reaches the person, the same whether or not the address is known (so the
 * answer tells nobody who has an account): by email, or — without SMTP — from an administrator.
 */
export const passwordResetDeliverySchema = z.object({ delivery: z.enum(['email', 'administrator']) });
export type PasswordResetDelivery = z.infer<typeof passwordResetDeliverySchema>;

export const resetPasswordRequest = z.object({ token: oneTimeTokenSchema, password: passwordSchema });
export type ResetPasswordRequest = z.input<typeof resetPasswordRequest>;

export const changePasswordRequest = z.object({
  currentPassword: z.string().min(1).max(1024),
  newPassword: passwordSchema,
});
export type ChangePasswordRequest = z.input<typeof changePasswordRequest>;

export const updateProfileRequest = z
  .object({ name: personNameSchema.optional(), locale: localeSchema.optional() })
  .refine((body) => body.name !== undefined || body.locale !== undefined, {
    message: 'give a name or a locale',
    path: ['name'],
  });
export type UpdateProfileRequest = z.input<typeof updateProfileRequest>;
