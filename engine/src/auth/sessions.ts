import { randomUUID } from 'node:crypto';
import type { Session } from '@parley/contracts';
import { rolePermissions } from '@parley/contracts';
import type { Sql } from '../infrastructure/database/database.js';
import { toOrganisationDto } from '../organisations/organisation.dto.js';
import type { Caller } from './caller.js';
import { newSecretToken, tokenHash } from './secret-tokens.js';
import { SESSION_LIFETIME_MS } from './session-cookie.js';

export interface NewSession {
  /** For the cookie; only its hash is stored. */
  token: string;
  csrfToken: string;
}

/** Starts a browser session for a person who just proved who they are. */
export async function startSession(
  sql: Sql,
  user: { id: string; organisation: string },
  client: { userAgent?: string | undefined; ip?: string | undefined },
  now = new Date(),
): Promise<NewSession> {
  const token = newSecretToken();
  const csrfToken = newSecretToken();
  await sql
    .insertInto('Session')
    .values({
      id: randomUUID(),
      user: user.id,
      organisation: user.organisation,
      tokenHash: tokenHash(token),
      csrfToken,
      createdAt: now,
      lastSeenAt: now,
      expiresAt: new Date(now.getTime() + SESSION_LIFETIME_MS),
      userAgent: client.userAgent?.slice(0, 255) ?? null,
      ip: client.ip?.slice(0, 64) ?? null,
    })
    .execute();
  await sql.updateTable('User').set({ lastSignInAt: now }).where('id', '=', user.id).execute();
  return { token, csrfToken };
}

/** The session view of a person: who they are, their organisation and what they may do. */
export async function sessionView(
  sql: Sql,
  userId: string,
  permissions: Caller['permissions'] | undefined,
  csrfToken: string,
): Promise<Session> {
  const user = await sql.selectFrom('User').selectAll().where('id', '=', userId).executeTakeFirstOrThrow();
  const organisation = await sql
    .selectFrom('Organisation')
    .selectAll()
    .where('id', '=', user.organisation)
    .executeTakeFirstOrThrow();
  return {
    user: { id: user.id, email: user.email, name: user.name, role: user.role, locale: user.locale },
    organisation: toOrganisationDto(organisation),
    permissions: [...(permissions ?? rolePermissions[user.role])],
    csrfToken,
  };
}
