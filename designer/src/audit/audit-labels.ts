import type { AuditAction, AuditEntry } from '@parley/contracts';
import type { Translate } from '../i18n/translate';

/** An action's description in the person's language: `user.role_changed` → "Changed someone's role". */
export const auditActionLabel = (action: AuditAction, t: Translate): string => t(`audit.action.${action}`);

/** Who did it: a person by name, or the operator's command line, or Parley itself. */
export function auditActorLabel(actor: AuditEntry['actor'], t: Translate): string {
  if (actor.type === 'user') return actor.label;
  return t(`audit.actor.${actor.type}`);
}
