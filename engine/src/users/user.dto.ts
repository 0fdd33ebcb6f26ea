import type { Invitation, User } from '@parley/contracts';
import type { Invitation as InvitationRow, User as UserRow } from '../infrastructure/database/entities.js';
import { iso, isoOrNull } from '../infrastructure/database/timestamps.js';

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
