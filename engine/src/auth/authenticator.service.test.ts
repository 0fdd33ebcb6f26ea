import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openTestDatabase } from '../infrastructure/database/test-database.js';
import { createOrganisation, createUser } from '../testing/fixtures.js';
import { Authenticator } from './authenticator.service.js';
import { newSecretToken, tokenHash } from './secret-tokens.js';
import { startSession } from './sessions.js';
import { SESSION_COOKIE, SESSION_IDLE_MS } from './session-cookie.js';

describe('Authenticator', () => {
  let database: Awaited<ReturnType<typeof openTestDatabase>>;
  let authenticator: Authenticator;
  beforeEach(async () => {
    database = await openTestDatabase();
    authenticator = new Authenticator(database);
  });
  afterEach(() => database.close());

  const byCookie = (token: string) =>
    authenticator.authenticate({ headers: {}, cookies: { [SESSION_COOKIE]: token } });
  const byBearer = (token: string) =>
    authenticator.authenticate({ headers: { authorization: `Bearer ${token}` }, cookies: {} });

  it("knows a session's person, organisation, role permissions and CSRF token", async () => {
    const organisation = await createOrganisation(database);
    const agent = await createUser(database, organisation, 'agent');
    const session = await startSession(
      database.sql(),
      { id: agent.userId, organisation },
      { ip: '127.0.0.1' },
    );
    const caller = await byCookie(session.token);
    expect(caller).toMatchObject({
      organisationId: organisation,
      userId: agent.userId,
      role: 'agent',
      via: { kind: 'session', csrfToken: session.csrfToken },
    });
    expect([...(caller?.permissions ?? [])]).toEqual([
      'inbox:read',
      'messages:send',
      'templates:read',
      'channels:read',
      'credits:read',
    ]);
    // Only the hash is stored.
    const row = await database.sql().selectFrom('Session').selectAll().executeTakeFirstOrThrow();
    expect(row.tokenHash).toBe(tokenHash(session.token));
    expect(JSON.stringify(row)).not.toContain(session.token);
  });

  it('refuses an unknown, idle, expired or deactivated session', async () => {
    const organisation = await createOrganisation(database);
    const admin = await createUser(database, organisation, 'admin');
    expect(await byCookie(newSecretToken())).toBeUndefined();
    const idle = await startSession(
      database.sql(),
      { id: admin.userId, organisation },
      {},
      new Date(Date.now() - SESSION_IDLE_MS - 1_000),
    );
    expect(await byCookie(idle.token)).toBeUndefined();
    const fresh = await startSession(database.sql(), { id: admin.userId, organisation }, {});
    expect(await byCookie(fresh.token)).toBeDefined();
    await database
      .sql()
      .updateTable('User')
      .set({ status: 'deactivated' })
      .where('id', '=', admin.userId)
      .execute();
    expect(await byCookie(fresh.token)).toBeUndefined();
  });

  it("gives a token no more than both its scopes and its owner's role allow", async () => {
    const organisation = await createOrganisation(database);
    const agent = await createUser(database, organisation, 'agent');
    const token = newSecretToken('prl_');
    const now = new Date();
    await database
      .sql()
      .insertInto('ApiToken')
      .values({
        id: '00000000-0000-4000-8000-00000000000a',
        organisation,
        user: agent.userId,
        name: 'wide',
        tokenHash: tokenHash(token),
        prefix: token.slice(0, 10),
        // As if the owner had been demoted after making it: channels:manage must not work.
        scopes: ['inbox:read', 'channels:manage'],
        createdAt: now,
        lastUsedAt: null,
        expiresAt: null,
        revokedAt: null,
      })
      .execute();
    const caller = await byBearer(token);
    expect([...(caller?.permissions ?? [])]).toEqual(['inbox:read']);
    expect(caller?.via).toEqual({ kind: 'token', tokenId: '00000000-0000-4000-8000-00000000000a' });
    await database.sql().updateTable('ApiToken').set({ revokedAt: new Date() }).execute();
    expect(await byBearer(token)).toBeUndefined();
    expect(await byBearer('not-a-parley-token')).toBeUndefined();
  });
});
