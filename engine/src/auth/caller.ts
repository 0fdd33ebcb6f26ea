import type { Permission, Role } from '@parley/contracts';

/**
 * Who is making a request, and for which organisation: every use case receives it, and every
 * query it makes filters by `organisationId`.
 */
export interface Caller {
  organisationId: string;
  userId: string;
  /** The email address, as the audit log names the actor. */
  label: string;
  role: Role;
  /** The role's permissions; for an API token, the intersection with its scopes. */
  permissions: ReadonlySet<Permission>;
  via: { kind: 'session'; sessionId: string; csrfToken: string } | { kind: 'token'; tokenId: string };
}

/** The command line's operator: acts on one organisation without being one of its people. */
export interface Operator {
  organisationId: string;
  label: 'operator';
}

/** Who an audited change is attributed to. */
export type Actor = Caller | Operator | { organisationId: string; label: 'system' };

export function actorOf(actor: Actor): {
  type: 'user' | 'operator' | 'system';
  userId: string | null;
  label: string;
} {
  if ('userId' in actor) return { type: 'user', userId: actor.userId, label: actor.label };
  return {
    type: actor.label,
    userId: null,
    label: actor.label === 'operator' ? 'operator (command line)' : 'Parley',
  };
}
