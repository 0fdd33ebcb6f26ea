import { insufficientCreditsErrorSchema } from '@parley/contracts';
import type { ApiError } from '../api/api-error';
import { errors } from '../i18n/locales/en/errors';
import type { Translate } from '../i18n/translate';

/** Codes whose explanation names figures from the error's body. */
type FiguredCode = 'INSUFFICIENT_CREDITS';
type Code = Exclude<keyof typeof errors, 'unknown' | 'server' | 'detail' | FiguredCode>;
export type ErrorKey = `errors.${Code | 'unknown' | 'server'}`;

export type ErrorDescription =
  | {
      /** The translated explanation. */
      key: ErrorKey;
      /** The server's own words, when they add something (minutes left, Meta's reason, a field). */
      detail: string | null;
    }
  | {
      /** A paid message the balance can't cover: its price and the balance, in credits. */
      key: 'errors.INSUFFICIENT_CREDITS';
      detail: null;
      values: { price: number; balance: number };
    };

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
  'CREDITS_OUT_OF_RANGE',
]);

const isCode = (code: string): code is Code =>
  Object.hasOwn(errors, code) &&
  code !== 'unknown' &&
  code !== 'server' &&
  code !== 'detail' &&
  code !== 'INSUFFICIENT_CREDITS';

type ErrorLike = Pick<ApiError, 'code' | 'message' | 'status'> & { body?: unknown };

/** What to tell a person about an API error, in their language, plus the server's detail. */
export function describeError(error: ErrorLike): ErrorDescription {
  if (error.code === 'INSUFFICIENT_CREDITS') {
    const refusal = insufficientCreditsErrorSchema.safeParse(error.body);
    if (!refusal.success) return { key: 'errors.unknown', detail: error.message || null };
    const { price, balance } = refusal.data;
    return { key: 'errors.INSUFFICIENT_CREDITS', detail: null, values: { price, balance } };
  }
  if (isCode(error.code)) {
    return { key: `errors.${error.code}`, detail: detailed.has(error.code) ? error.message : null };
  }
  if (error.status >= 500) return { key: 'errors.server', detail: null };
  return { key: 'errors.unknown', detail: error.message || null };
}

/** A description's explanation, in the person's language. */
export const explanationText = (described: ErrorDescription, t: Translate): string =>
  'values' in described ? t(described.key, described.values) : t(described.key);

/** The description as one line of text. */
export function errorText(error: ErrorLike, t: Translate): string {
  const described = describeError(error);
  const explanation = explanationText(described, t);
  return described.detail
    ? `${explanation} ${t('errors.detail', { detail: described.detail })}`
    : explanation;
}
