import type { PlatformError } from '@parley/connector-sdk';
import { optional } from '../optional-field.js';
import type { WebhookError } from './webhook-fields.schema.js';

/** A webhook error as the normalized model keeps it: the code, the title, and the message or details. */
export function platformError(error: WebhookError): PlatformError {
  const message = error.message ?? error.error_data?.details;
  return { code: String(error.code), ...optional('title', error.title), ...optional('message', message) };
}
