import type { WebhookPart } from '@parley/connector-sdk';

type Json = Record<string, unknown>;

const templateFields = new Set(['message_template_status_update', 'template_category_update']);

/**
 * Splits a delivery into one part per change of each entry, each a whole envelope holding that
 * entry (its `id`, `time` and other keys) with that one change, so a malformed change never costs
 * the others. The account is read leniently, before any validation: `value.metadata.phone_number_id`
 * of a `messages` change, the WABA (`entry.id`) of a template change, none for other fields. A
 * body that is not an envelope, an entry without a list of changes and an envelope without
 * entries each stay one part, for `parseWebhookPayload` to judge.
 */
export function splitWebhookPayload(body: unknown): WebhookPart[] {
  if (!isObject(body) || !Array.isArray(body.entry) || body.entry.length === 0) return [{ body }];
  const { entry: entries, ...envelope } = body;
  return entries.flatMap((entry: unknown): WebhookPart[] => {
    if (!isObject(entry) || !Array.isArray(entry.changes) || entry.changes.length === 0)
      return [{ body: { ...envelope, entry: [entry] } }];
    return entry.changes.map((change: unknown) => {
      const account = channelAccountOf(entry, change);
      return {
        body: { ...envelope, entry: [{ ...entry, changes: [change] }] },
        ...(account === undefined ? {} : { channelAccountId: account }),
      };
    });
  });
}

function channelAccountOf(entry: Json, change: unknown): string | undefined {
  if (!isObject(change)) return undefined;
  if (change.field === 'messages') {
    const metadata = isObject(change.value) ? change.value.metadata : undefined;
    return isObject(metadata) ? nonEmptyString(metadata.phone_number_id) : undefined;
  }
  return typeof change.field === 'string' && templateFields.has(change.field)
    ? nonEmptyString(entry.id)
    : undefined;
}

function nonEmptyString(value: unknown): string | undefined {
  return typeof value === 'string' && value.length > 0 ? value : undefined;
}

function isObject(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
