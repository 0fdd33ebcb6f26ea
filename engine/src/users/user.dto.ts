import type { Invitation, User } from '@parley/contracts';
import type { Sql } from '../infrastructure/database/database.js';
import type { Invitation as InvitationRow, User as UserRow } from '../infrastructure/database/entities.js';
import { addressPolicy } from '../auth/sign-in-throttle.js';

const iso = (value: Date | string) => new Date(value).toISOString();
const isoOrNull = (value: Date | string | null | undefined) => (value == null ? null : iso(value));

/** When each address's sign-in lock ends, for those locked now. */
export async function signInLocks(sql: Sql, emails: string[], now = new Date()): Promise<Map<string, Date>> {
  const locks = new Map<string, Date>();
  if (emails.length === 0) return locks;
  const since = new Date(now.getTime() - addressPolicy.windowMs);
  const attempts = await sql
    .selectFrom('SignInAttempt')
    .select(['email', 'succeeded', 'at'])
    .where('email', 'in', emails)
    .where('at', '>', since)
    .orderBy('at', 'desc')
    .execute();
  const byEmail = new Map<string, { at: Date }[]>();
  const closed = new Set<string>();
  for (const attempt of attempts) {
    if (closed.has(attempt.email)) continue;
    if (attempt.succeeded) {
      closed.add(attempt.email); // failures before a success no longer count
      continue;
    }
    byEmail.set(attempt.email, [...(byEmail.get(attempt.email) ?? []), { at: new Date(attempt.at) }]);
  }
  for (const [email, failures] of byEmail) {
    const latest = failures[0];
    if (failures.length < addressPolicy.failures || !latest) continue;
    const until = new Date(latest.at.getTime() + addressPolicy.lockMs);
    if (until > now) locks.set(email, until);
  }
  return locks;
}

export function toUserDto(
  row: Omit<UserRow, 'organisation' | 'passwordHash' | 'updatedAt'>,
  lockedUntil: Date | undefined,
): User {
  return {
    id: row.id,
    email: row.email,
    name: row.name,
    role: row.role,
    status: row.status,
    locale: row.locale,
    createdAt: iso(row.createdAt),
    lastSignInAt: isoOrNull(row.lastSignInAt),
    lockedUntil: lockedUntil ? lockedUntil.toISOString() : null,
  };
}

type InvitationWithInviter = Omit<InvitationRow, 'organisation' | 'invitedBy' | 'tokenHash'> & {
  inviterId: string | null;
  inviterName: string | null;
};

export function toInvitationDto(row: InvitationWithInviter, now = new Date()): Invitation {
  const status = row.acceptedAt
    ? 'accepted'
    : row.revokedAt
      ? 'revoked'
      : new Date(row.expiresAt) <= now
        ? 'expired'
        : 'pending';
  return {
    id: row.id,
    email: row.email,
    role: row.role,
    status,
    invitedBy: row.inviterId && row.inviterName ? { id: row.inviterId, name: row.inviterName } : null,
    createdAt: iso(row.createdAt),
    expiresAt: iso(row.expiresAt),
    acceptedAt: isoOrNull(row.acceptedAt),
  };
}
