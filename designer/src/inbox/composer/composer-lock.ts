import {
  windowClosedErrorSchema,
  windowOpen,
  type ConversationWindow,
  type WindowClosedError,
} from '@parley/contracts';
import { ApiError } from '../../api/api-error';

/** The engine's WINDOW_CLOSED answer, and the window the thread knew when it came. */
export interface ServerLock {
  error: WindowClosedError;
  /** The window's `expiresAt` then: once the customer writes again, it moves and the lock goes. */
  expiresAt: string | null;
}

/**
 * Whether only templates may go now: the window has run out by the clock, or the engine said so
 * (the clocks differ, or the window closed while the agent typed) and nothing has reopened it.
 */
export function composerLocked(window: ConversationWindow, now: Date, lock: ServerLock | null): boolean {
  if (lock !== null && lock.expiresAt === window.expiresAt) return true;
  return !windowOpen(window, now);
}

/** The WINDOW_CLOSED details of a refused send (without its lists if the body is off the contract). */
export function windowClosedOf(failure: unknown): WindowClosedError | null {
  if (!(failure instanceof ApiError) || failure.code !== 'WINDOW_CLOSED') return null;
  const parsed = windowClosedErrorSchema.safeParse(failure.body);
  return parsed.success
    ? parsed.data
    : { code: 'WINDOW_CLOSED', message: failure.message, templates: [], fallbackTemplate: null };
}
