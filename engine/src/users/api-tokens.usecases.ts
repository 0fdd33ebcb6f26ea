import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import type { ApiToken, CreateApiTokenRequest, CreatedApiToken } from '@parley/contracts';
import { permissionSchema } from '@parley/contracts';
import { recordAudit } from '../audit/record-audit.js';
import type { Caller } from '../auth/caller.js';
import { newSecretToken, tokenHash } from '../auth/secret-tokens.js';
import { Database, type Sql } from '../infrastructure/database/database.js';
import type { ApiToken as ApiTokenRow } from '../infrastructure/database/entities.js';
import { ApiError } from '../infrastructure/http/api-error.js';
import { iso, isoOrNull } from '../infrastructure/database/timestamps.js';

const DAY_MS = 24 * 60 * 60 * 1000;

type Row = Omit<ApiTokenRow, 'organisation' | 'user' | 'tokenHash'> & { ownerId: string; ownerName: string };

function toApiTokenDto(row: Row): ApiToken {
  return {
    id: row.id,
    name: row.name,
    prefix: row.prefix,
    scopes: row.scopes.flatMap((scope) => {
      const parsed = permissionSchema.safeParse(scope);
      return parsed.success ? [parsed.data] : [];
    }),
    owner: { id: row.ownerId, name: row.ownerName },
    createdAt: iso(row.createdAt),
    lastUsedAt: isoOrNull(row.lastUsedAt),
    expiresAt: isoOrNull(row.expiresAt),
    revokedAt: isoOrNull(row.revokedAt),
  };
}

/** The tokens a caller may see: their own, or everyone's with `tokens:manage`. */
function visibleTokens(sql: Sql, caller: Caller) {
  let query = sql
    .selectFrom('ApiToken')
    .innerJoin('User', 'User.id', 'ApiToken.user')
    .select([
      'ApiToken.id',
      'ApiToken.name',
      'ApiToken.prefix',
      'ApiToken.scopes',
      'ApiToken.createdAt',
      'ApiToken.lastUsedAt',
      'ApiToken.expiresAt',
      'ApiToken.revokedAt',
      'User.id as ownerId',
      'User.name as ownerName',
    ])
    .where('ApiToken.organisation', '=', caller.organisationId);
  if (!caller.permissions.has('tokens:manage')) query = query.where('ApiToken.user', '=', caller.userId);
  return query;
}

/** Personal API tokens: `prl_…`, shown once, stored hashed, scoped to a subset of one's permissions. */
@Injectable()
export class ApiTokensUseCase {
  constructor(private readonly database: Database) {}

  async list(caller: Caller): Promise<ApiToken[]> {
    const rows = await visibleTokens(this.database.sql(), caller)
      .orderBy('ApiToken.createdAt', 'desc')
      .execute();
    return rows.map(toApiTokenDto);
  }

  async create(caller: Caller, input: CreateApiTokenRequest): Promise<CreatedApiToken> {
    const beyond = input.scopes.filter((scope) => !caller.permissions.has(scope));
    if (beyond.length > 0)
      throw new ApiError(
        400,
        'INVALID_INPUT',
        `scopes: ${beyond.join(', ')} ${beyond.length === 1 ? 'is' : 'are'} beyond what your role allows`,
        beyond.map((scope) => ({
          path: `scopes.${input.scopes.indexOf(scope)}`,
          message: `${scope} is beyond your role`,
        })),
      );
    const token = newSecretToken('prl_');
    const now = new Date();
    const id = randomUUID();
    await this.database.transaction(async (sql) => {
      await sql
        .insertInto('ApiToken')
        .values({
          id,
          organisation: caller.organisationId,
          user: caller.userId,
          name: input.name,
          tokenHash: tokenHash(token),
          prefix: token.slice(0, 10),
          scopes: input.scopes,
          createdAt: now,
          lastUsedAt: null,
          expiresAt:
            input.expiresInDays === null ? null : new Date(now.getTime() + input.expiresInDays * DAY_MS),
          revokedAt: null,
        })
        .execute();
      await recordAudit(sql, {
        actor: caller,
        action: 'api_token.created',
        target: { type: 'api_token', id, label: input.name },
        after: { name: input.name, scopes: input.scopes, expiresInDays: input.expiresInDays },
      });
    });
    const created = await visibleTokens(this.database.sql(), caller)
      .where('ApiToken.id', '=', id)
      .executeTakeFirstOrThrow();
    return { apiToken: toApiTokenDto(created), token };
  }

  async revoke(caller: Caller, id: string): Promise<ApiToken> {
    return this.database.transaction(async (sql) => {
      const row = await visibleTokens(sql, caller).where('ApiToken.id', '=', id).executeTakeFirst();
      if (!row) throw new ApiError(404, 'NOT_FOUND', `API token ${id} does not exist`);
      if (!row.revokedAt) {
        await sql.updateTable('ApiToken').set({ revokedAt: new Date() }).where('id', '=', id).execute();
        await recordAudit(sql, {
          actor: caller,
          action: 'api_token.revoked',
          target: { type: 'api_token', id, label: row.name },
        });
      }
      return toApiTokenDto(
        await visibleTokens(sql, caller).where('ApiToken.id', '=', id).executeTakeFirstOrThrow(),
      );
    });
  }
}
