import type { PlatformError } from '@parley/connector-sdk';
import { optional } from '../optional-field.js';
import type { WebhookError } from './webhook-fields.schema.js';

/**
 * A webhook error as the normalized model keeps it: the code, the title, and as its message the
 * details when Meta gives them (its `message` is often the title again, "Re-engagement message";
 * the details say why: "…more than 24 hours have passed since the customer last replied…").
 */
export function platformError(error: WebhookError): PlatformError {
  const message = error.error_data?.details ?? error.message;
  return { code: String(error.code), ...optional('title', error.title), ...optional('message', message) };
}
