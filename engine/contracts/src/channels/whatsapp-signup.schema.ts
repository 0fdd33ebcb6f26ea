import { z } from 'zod';
import { isoDateTime, localeSchema } from '../common.schema.js';

/**
 * Connecting WhatsApp by Embedded Signup. The web app opens `dialogUrl` in a popup (Meta's
 * Facebook login dialog, or the sandbox's consent page); the dialog posts the chosen WABA and
 * number to the web app (`WA_EMBEDDED_SIGNUP` messages from `messageOrigin`) and redirects to
 * `redirectUri` with a code and this `state`. The web app then exchanges the code, picks the number
 * to bind and registers it with its two-step verification PIN.
 */
export const whatsappSignupStatuses = ['started', 'exchanged', 'completed', 'failed'] as const;

export const whatsappPhoneNumberOptionSchema = z.object({
  id: z.string(),
  displayPhoneNumber: z.string(),
  verifiedName: z.string().nullable(),
  status: z.string().nullable(),
  qualityRating: z.string().nullable(),
  /** Already a channel account of this organisation (or of another: then it cannot be bound). */
  connectedHere: z.boolean(),
  connectedElsewhere: z.boolean(),
});
export type WhatsAppPhoneNumberOption = z.infer<typeof whatsappPhoneNumberOptionSchema>;

export const whatsappSignupSchema = z.object({
  id: z.uuid(),
  status: z.enum(whatsappSignupStatuses),
  dialogUrl: z.url(),
  messageOrigin: z.string(),
  redirectUri: z.url(),
  state: z.string(),
  expiresAt: isoDateTime,
  waba: z.object({ id: z.string(), name: z.string().nullable() }).nullable(),
  /** The number chosen in the dialog, preselected in the picker. */
  suggestedPhoneNumberId: z.string().nullable(),
  phoneNumbers: z.array(whatsappPhoneNumberOptionSchema),
  /** The channel account created when the signup completed. */
  channelAccountId: z.uuid().nullable(),
  error: z.string().nullable(),
});
export type WhatsAppSignup = z.infer<typeof whatsappSignupSchema>;

/** Starts a signup; `locale` is the dialog's language. */
export const startWhatsAppSignupRequest = z.object({ locale: localeSchema.default('en') });

export const exchangeWhatsAppSignupRequest = z.object({
  state: z.string().min(16).max(200),
  code: z.string().min(1).max(2000),
  /** From the dialog's `WA_EMBEDDED_SIGNUP` FINISH message, when it came. */
  wabaId: z
    .string()
    .regex(/^\d{1,20}$/, 'must be the numeric WABA id')
    .optional(),
  phoneNumberId: z
    .string()
    .regex(/^\d{1,20}$/, 'must be the numeric phone number id')
    .optional(),
});
export type ExchangeWhatsAppSignupRequest = z.infer<typeof exchangeWhatsAppSignupRequest>;

export const completeWhatsAppSignupRequest = z.object({
  phoneNumberId: z.string().regex(/^\d{1,20}$/, 'must be the numeric phone number id'),
  /** The number's two-step verification PIN (set now if it has none). */
  pin: z.string().regex(/^\d{6}$/, 'must be 6 digits'),
  name: z.string().trim().min(1).max(80).optional(),
});
export type CompleteWhatsAppSignupRequest = z.infer<typeof completeWhatsAppSignupRequest>;
