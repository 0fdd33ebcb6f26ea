import type { ApiError } from '../api/api-error';
import { errors } from '../i18n/locales/en/errors';
import type { Translate } from '../i18n/translate';

type Code = Exclude<keyof typeof errors, 'unknown' | 'server' | 'detail'>;
export type ErrorKey = `errors.${Code | 'unknown' | 'server'}`;

export interface ErrorDescription {
  /** The translated explanation. */
  key: ErrorKey;
  /** The server's own words, when they add something (minutes left, Meta's reason, a field). */
  detail: string | null;
}

/** Codes whose server message carries specifics worth showing next to the explanation. */
const detailed: ReadonlySet<string> = new Set([
  'SIGN_IN_LOCKED',
  'TOO_MANY_ATTEMPTS',
  'PLATFORM_REFUSED',
  'PLATFORM_INVALID_RESPONSE',
  'STILL_UNREADABLE',
  'PLAN_REQUIRED',
  'PLAN_LIMIT_REACHED',
  'INVALID_INPUT',
  'NAME_HELD',
  'EDIT_NOT_ALLOWED',
  'NO_FALLBACK_TEMPLATE',
  'CONTENT_OVER_LIMITS',
]);

const isCode = (code: string): code is Code =>
  Object.hasOwn(errors, code) && code !== 'unknown' && code !== 'server' && code !== 'detail';

type ErrorLike = Pick<ApiError, 'code' | 'message' | 'status'>;

/** What to tell a person about an API error, in their language, plus the server's detail. */
export function describeError(error: ErrorLike): ErrorDescription {
  if (isCode(error.code)) {
    return { key: `errors.${error.code}`, detail: detailed.has(error.code) ? error.message : null };
  }
  if (error.status >= 500) return { key: 'errors.server', detail: null };
  return { key: 'errors.unknown', detail: error.message || null };
}

/** The description as one line of text. */
export function errorText(error: ErrorLike, t: Translate): string {
  const { key, detail } = describeError(error);
  return detail ? `${t(key)} ${t('errors.detail', { detail })}` : t(key);
}
