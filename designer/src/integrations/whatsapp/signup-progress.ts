import type { ExchangeWhatsAppSignupRequest } from '@parley/contracts';
import type { SignupMessage } from './signup-messages';

/** What the Embedded Signup messages add up to, and when the code can be exchanged. Pure. */

export type SignupStop =
  | { reason: 'cancelled'; currentStep: string | null }
  | { reason: 'error'; message: string | null }
  | { reason: 'denied'; message: string | null }
  | { reason: 'state-mismatch' };

export interface SignupProgress {
  /** From the dialog's FINISH event. */
  finish: { wabaId: string; phoneNumberId: string | null } | null;
  /** From the callback page, once its state matched the signup's. */
  code: string | null;
  /** Why the dialog ended without a usable code. */
  stopped: SignupStop | null;
}

export const initialProgress: SignupProgress = { finish: null, code: null, stopped: null };

/** Adds one message to what is known; `expectedState` is the signup's own state. */
export function advance(
  progress: SignupProgress,
  message: SignupMessage,
  expectedState: string,
): SignupProgress {
  switch (message.kind) {
    case 'finish':
      return {
        ...progress,
        finish: { wabaId: message.wabaId, phoneNumberId: message.phoneNumberId },
        stopped: null,
      };
    case 'cancel':
      return progress.code
        ? progress
        : { ...progress, stopped: { reason: 'cancelled', currentStep: message.currentStep } };
    case 'error':
      return { ...progress, stopped: { reason: 'error', message: message.message } };
    case 'callback':
      if (message.state !== expectedState) return { ...progress, stopped: { reason: 'state-mismatch' } };
      if (message.error !== null || message.code === null) {
        if (progress.stopped?.reason === 'cancelled') return progress; // the dialog already said where
        return {
          ...progress,
          stopped: { reason: 'denied', message: message.errorDescription ?? message.error },
        };
      }
      return { ...progress, code: message.code, stopped: null };
  }
}

/**
 * The exchange to send once the code is in: with the WABA and number from the FINISH event, or —
 * when that never came and `waitForFinish` is over — without (the engine then says what is missing).
 */
export function exchangeRequest(
  progress: SignupProgress,
  state: string,
  waitForFinish: boolean,
): ExchangeWhatsAppSignupRequest | null {
  if (progress.code === null || progress.stopped !== null) return null;
  if (progress.finish === null && waitForFinish) return null;
  const request: ExchangeWhatsAppSignupRequest = { state, code: progress.code };
  if (progress.finish) {
    request.wabaId = progress.finish.wabaId;
    if (progress.finish.phoneNumberId !== null) request.phoneNumberId = progress.finish.phoneNumberId;
  }
  return request;
}
