import { type AuditEntry, auditActionSchema } from '@parley/contracts';
import type { Translate } from '../i18n/translate';

/**
 * An action's description in the person's language: `user.role_changed` → "Changed someone's
 * role". One this version does not know (recorded by a newer Parley) shows as it was recorded.
 */
export function auditActionLabel(action: AuditEntry['action'], t: Translate): string {
  const known = auditActionSchema.safeParse(action);
  return known.success ? t(`audit.action.${known.data}`) : action;
}

/** Who did it: a person by name, or the operator's command line, or Parley itself. */
export function auditActorLabel(actor: AuditEntry['actor'], t: Translate): string {
  if (actor.type === 'user') return actor.label;
  return t(`audit.actor.${actor.type}`);
}
