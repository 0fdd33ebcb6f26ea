import { z } from 'zod';
import { isoDateTime, localeSchema, personRefSchema } from '../common.schema.js';
import { roleSchema } from './permissions.js';

/** An email address, trimmed and lower-cased: one account per address, however it is typed. */
export const emailSchema = z.string().trim().toLowerCase().pipe(z.email().max(254));
export const personNameSchema = z.string().trim().min(1).max(120);
/** At least 12 characters; long passphrases welcome. */
export const passwordSchema = z
  .string()
  .min(12, 'must be at least 12 characters')
  .max(1024, 'must be at most 1024 characters');

export const userStatuses = ['active', 'deactivated'] as const;

export const userSchema = z.object({
  id: z.uuid(),
  email: z.string(),
  name: z.string(),
  role: roleSchema,
  status: z.enum(userStatuses),
  locale: localeSchema,
  createdAt: isoDateTime,
  lastSignInAt: isoDateTime.nullable(),
  /** Set while sign-in is locked after repeated wrong passwords. */
  lockedUntil: isoDateTime.nullable(),
});
export type User = z.infer<typeof userSchema>;

export const updateUserRequest = z
  .object({ role: roleSchema.optional(), status: z.enum(userStatuses).optional() })
  .refine((body) => body.role !== undefined || body.status !== undefined, {
    message: 'give a role or a status',
    path: ['role'],
  });
export type UpdateUserRequest = z.infer<typeof updateUserRequest>;

/** A one-time link an admin hands to a person who cannot reset their password by email. */
export const passwordResetLinkSchema = z.object({ link: z.url(), expiresAt: isoDateTime });
export type PasswordResetLink = z.infer<typeof passwordResetLinkSchema>;

export const invitationStatuses = ['pending', 'accepted', 'revoked', 'expired'] as const;

export const invitationSchema = z.object({
  id: z.uuid(),
  email: z.string(),
  role: roleSchema,
  status: z.enum(invitationStatuses),
  invitedBy: personRefSchema.nullable(),
  createdAt: isoDateTime,
  expiresAt: isoDateTime,
  acceptedAt: isoDateTime.nullable(),
});
export type Invitation = z.infer<typeof invitationSchema>;

export const createInvitationRequest = z.object({ email: emailSchema, role: roleSchema });
export type CreateInvitationRequest = z.input<typeof createInvitationRequest>;

/**
 * A new (or re-sent) invitation. `link` is set when no email was sent (SMTP is not configured):
 * the admin passes it on themselves. It is shown once; only its hash is kept.
 */
export const issuedInvitationSchema = z.object({
  invitation: invitationSchema,
  emailSent: z.boolean(),
  link: z.url().nullable(),
});
export type IssuedInvitation = z.infer<typeof issuedInvitationSchema>;
