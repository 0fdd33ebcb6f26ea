import { z } from 'zod';

/**
 * The messages that reach the wizard while the Embedded Signup popup is open. Meta's dialog posts
 * `WA_EMBEDDED_SIGNUP` events (the chosen WABA and number, or where the person stopped); the
 * popup's own callback page posts the code and state it was redirected with. Pure, so every path
 * is tested without a browser; `signup-progress.ts` adds them up.
 */

export const CALLBACK_MESSAGE_TYPE = 'parley:whatsapp-signup-callback';

export type SignupMessage =
  | { kind: 'finish'; wabaId: string; phoneNumberId: string | null }
  | { kind: 'cancel'; currentStep: string | null }
  | { kind: 'error'; message: string | null }
  | {
      kind: 'callback';
      code: string | null;
      state: string | null;
      error: string | null;
      errorDescription: string | null;
    };

const id = z.union([z.string().min(1), z.number().transform(String)]);
const text = z.string().min(1).nullish().catch(null);

const embeddedSignup = z.object({
  type: z.literal('WA_EMBEDDED_SIGNUP'),
  event: z.string(),
  data: z
    .object({
      waba_id: id.optional(),
      phone_number_id: id.optional(),
      current_step: text,
      error_message: text,
    })
    .catch({}),
});

const callback = z.object({
  type: z.literal(CALLBACK_MESSAGE_TYPE),
  code: text,
  state: text,
  error: text,
  errorDescription: text,
});

/** Meta posts its events as JSON text; other senders post objects. */
function payload(data: unknown): unknown {
  if (typeof data !== 'string') return data;
  try {
    return JSON.parse(data);
  } catch {
    return null;
  }
}

/**
 * What a `message` event says, if it is one of ours: dialog events count only from the dialog's
 * origin, the callback only from the app's own origin; everything else is ignored (null).
 */
export function readSignupMessage(
  event: { origin: string; data: unknown },
  origins: { dialog: string; app: string },
): SignupMessage | null {
  const data = payload(event.data);
  if (event.origin === origins.app) {
    const parsed = callback.safeParse(data);
    if (parsed.success) {
      const { code, state, error, errorDescription } = parsed.data;
      return {
        kind: 'callback',
        code: code ?? null,
        state: state ?? null,
        error: error ?? null,
        errorDescription: errorDescription ?? null,
      };
    }
  }
  if (event.origin !== origins.dialog) return null;
  const parsed = embeddedSignup.safeParse(data);
  if (!parsed.success) return null;
  const { event: name, data: details } = parsed.data;
  if (name.startsWith('FINISH')) {
    if (details.waba_id === undefined) return null;
    return { kind: 'finish', wabaId: details.waba_id, phoneNumberId: details.phone_number_id ?? null };
  }
  if (name === 'CANCEL') return { kind: 'cancel', currentStep: details.current_step ?? null };
  if (name === 'ERROR') return { kind: 'error', message: details.error_message ?? null };
  return null;
}
