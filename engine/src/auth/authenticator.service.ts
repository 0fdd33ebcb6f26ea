import { Injectable } from '@nestjs/common';
import { type Permission, permissionSchema, rolePermissions } from '@parley/contracts';
import type { FastifyRequest } from 'fastify';
import { Database } from '../infrastructure/database/database.js';
import type { Caller } from './caller.js';
import { tokenHash } from './secret-tokens.js';
import { SESSION_COOKIE, SESSION_IDLE_MS } from './session-cookie.js';

/** How often a session's or token's last use is written back; reads need no write each. */
const touchEveryMs = 60_000;
const bearerPattern = /^Bearer\s+(prl_[\w-]{20,200})\s*$/;

/**
 * Finds the caller of a request: a personal API token (`Authorization: Bearer prl_…`) or the
 * session cookie. Either must belong to an active person; a session must be neither expired nor
 * idle for longer than SESSION_IDLE_MS.
 */
@Injectable()
export class Authenticator {
  constructor(private readonly database: Database) {}

  async authenticate(request: Pick<FastifyRequest, 'headers' | 'cookies'>): Promise<Caller | undefined> {
    const authorization = request.headers.authorization;
    if (authorization !== undefined) {
      const token = bearerPattern.exec(authorization)?.[1];
      return token ? this.byApiToken(token) : undefined;
    }
    const session = request.cookies?.[SESSION_COOKIE];
    return session ? this.bySession(session) : undefined;
  }

  private async bySession(token: string): Promise<Caller | undefined> {
    const now = new Date();
    const row = await this.database
      .sql()
      .selectFrom('Session')
      .innerJoin('User', 'User.id', 'Session.user')
      .select([
        'Session.id as sessionId',
        'Session.csrfToken',
        'Session.expiresAt',
        'Session.lastSeenAt',
        'User.id as userId',
        'User.organisation',
        'User.email',
        'User.role',
        'User.status',
      ])
      .where('Session.tokenHash', '=', tokenHash(token))
      .executeTakeFirst();
    if (!row || row.status !== 'active') return undefined;
    const lastSeen = new Date(row.lastSeenAt).getTime();
    if (new Date(row.expiresAt) <= now || now.getTime() - lastSeen > SESSION_IDLE_MS) return undefined;
    if (now.getTime() - lastSeen > touchEveryMs) {
      await this.database
        .sql()
        .updateTable('Session')
        .set({ lastSeenAt: now })
        .where('id', '=', row.sessionId)
        .execute();
    }
    return {
      organisationId: row.organisation,
      userId: row.userId,
      label: row.email,
      role: row.role,
      permissions: new Set(rolePermissions[row.role]),
      via: { kind: 'session', sessionId: row.sessionId, csrfToken: row.csrfToken },
    };
  }

  private async byApiToken(token: string): Promise<Caller | undefined> {
    const now = new Date();
    const row = await this.database
      .sql()
      .selectFrom('ApiToken')
      .innerJoin('User', 'User.id', 'ApiToken.user')
      .select([
        'ApiToken.id as tokenId',
        'ApiToken.scopes',
        'ApiToken.expiresAt',
        'ApiToken.revokedAt',
        'ApiToken.lastUsedAt',
        'User.id as userId',
        'User.organisation',
        'User.email',
        'User.role',
        'User.status',
      ])
      .where('ApiToken.tokenHash', '=', tokenHash(token))
      .executeTakeFirst();
    if (!row || row.status !== 'active' || row.revokedAt) return undefined;
    if (row.expiresAt && new Date(row.expiresAt) <= now) return undefined;
    if (!row.lastUsedAt || now.getTime() - new Date(row.lastUsedAt).getTime() > touchEveryMs) {
      await this.database
        .sql()
        .updateTable('ApiToken')
        .set({ lastUsedAt: now })
        .where('id', '=', row.tokenId)
        .execute();
    }
    // A token never does more than its owner's role allows, whatever scopes it was given.
    const scopes = new Set(
      row.scopes.filter((scope): scope is Permission => permissionSchema.safeParse(scope).success),
    );
    const permissions = new Set(rolePermissions[row.role].filter((permission) => scopes.has(permission)));
    return {
      organisationId: row.organisation,
      userId: row.userId,
      label: row.email,
      role: row.role,
      permissions,
      via: { kind: 'token', tokenId: row.tokenId },
    };
  }
}
