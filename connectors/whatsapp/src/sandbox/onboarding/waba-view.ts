import type { WabaRecord } from './directory.js';

/** Every field `GET /{waba-id}` can show, as Meta documents them (the sandbox's WABAs are all approved). */
function allFields(waba: WabaRecord): Record<string, string> {
  return {
    id: waba.id,
    name: waba.name,
    timezone_id: '1',
    message_template_namespace: `sandbox_${waba.id}`,
    account_review_status: 'APPROVED',
    business_verification_status: 'VERIFIED',
    country: 'US',
    currency: 'USD',
    ownership_type: 'CLIENT_OWNED',
  };
}

/**
 * A WABA as `GET /{waba-id}?fields=…` shows it: the fields asked for that it knows, always with its
 * id; `id` and `name` when no fields are asked for, as Meta's default.
 */
export function wabaView(waba: WabaRecord, fields: unknown): Record<string, string> {
  const all = allFields(waba);
  const asked = typeof fields === 'string' && fields.trim() !== '' ? fields.split(',') : ['id', 'name'];
  const view: Record<string, string> = { id: waba.id };
  for (const field of asked.map((name) => name.trim())) {
    const value = all[field];
    if (value !== undefined) view[field] = value;
  }
  return view;
}
