import type { SandboxContext } from '../sandbox-context.js';

/** A template with the business that owns its WABA (what `visible` checks a token against). */
export function templateWithOwner(context: Pick<SandboxContext, 'directory' | 'templates'>, id: string) {
  const record = context.templates.store.get(id);
  const waba = record && context.directory.wabas.get(record.wabaId);
  return record && waba ? { record, businessId: waba.businessId } : undefined;
}
