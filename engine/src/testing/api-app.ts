import 'reflect-metadata';
import { randomBytes, randomUUID } from 'node:crypto';
import { NestFactory } from '@nestjs/core';
import { FastifyAdapter, type NestFastifyApplication } from '@nestjs/platform-fastify';
import { rolePermissions } from '@parley/contracts';
import pino from 'pino';
import { afterAll, beforeAll } from 'vitest';
import { AppModule } from '../app.module.js';
import type { Caller } from '../auth/caller.js';
import { newSecretToken, tokenHash } from '../auth/secret-tokens.js';
import type { AccountRef } from '../channels/channel-directory.service.js';
import { parseConfig } from '../infrastructure/config/config.schema.js';
import { openTestDatabase } from '../infrastructure/database/test-database.js';
import { ErrorFilter } from '../infrastructure/http/error.filter.js';
import { registerBodyParsers } from '../infrastructure/http/fastify-setup.js';
import { createAccount, createOrganisation, createUser } from './fixtures.js';

type Database = Awaited<ReturnType<typeof openTestDatabase>>;
export type Person = 'admin' | 'agent' | 'other';
export type Method = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

/**
 * The engine's API role over a test database for the whole test file, with one organisation, a
 * channel account and three people — an admin (boss), two agents (aoi, ben) — each with an API
 * token of their role's permissions; `call` answers with the status and the parsed body. `env`
 * adds to the configuration (a sandbox's base URL, say).
 */
export function useApiApp(dataDir: string, env: Record<string, string> = {}) {
  let database: Database | undefined;
  let app: NestFastifyApplication | undefined;
  let organisationId = '';
  let account: AccountRef | undefined;
  const tokens: Record<Person, string> = { admin: '', agent: '', other: '' };
  const people = {} as Record<Person, Caller>;

  async function tokenFor(db: Database, caller: Caller) {
    const token = newSecretToken('prl_');
    await db
      .sql()
      .insertInto('ApiToken')
      .values({
        id: randomUUID(),
        organisation: caller.organisationId,
        user: caller.userId,
        name: 'test',
        tokenHash: tokenHash(token),
        prefix: token.slice(0, 8),
        scopes: [...rolePermissions[caller.role]],
        createdAt: new Date(),
      })
      .execute();
    return token;
  }

  beforeAll(async () => {
    const db = await openTestDatabase();
    database = db;
    const config = parseConfig({
      DATA_DIR: dataDir,
      PARLEY_ENCRYPTION_KEY: randomBytes(32).toString('base64'),
      ...env,
    });
    config.PARLEY_ROLES = ['api'];
    const logger = pino({ level: 'silent' });
    app = await NestFactory.create<NestFastifyApplication>(
      AppModule.forRoot(config, logger, db),
      new FastifyAdapter(),
      { bodyParser: false, logger: false },
    );
    registerBodyParsers(app.getHttpAdapter().getInstance());
    app.useGlobalFilters(new ErrorFilter(logger));
    await app.init();
    await app.getHttpAdapter().getInstance().ready();

    organisationId = await createOrganisation(db);
    account = await createAccount(db, organisationId);
    people.admin = await createUser(db, organisationId, 'admin', 'boss@example.test');
    people.agent = await createUser(db, organisationId, 'agent', 'aoi@example.test');
    people.other = await createUser(db, organisationId, 'agent', 'ben@example.test');
    for (const who of ['admin', 'agent', 'other'] as const) tokens[who] = await tokenFor(db, people[who]);
  }, 60_000);
  afterAll(async () => {
    await app?.close();
    await database?.close();
  });

  const running = <T>(value: T | undefined): T => {
    if (value === undefined) throw new Error('the API app is not running');
    return value;
  };
  const raw = (who: Person, method: Method, url: string, payload?: unknown) =>
    running(app).inject({
      method,
      url,
      headers: { authorization: `Bearer ${tokens[who]}`, 'content-type': 'application/json' },
      ...(payload === undefined ? {} : { payload: JSON.stringify(payload) }),
    });

  return {
    get database() {
      return running(database);
    },
    get app() {
      return running(app);
    },
    get organisationId() {
      return organisationId;
    },
    get account() {
      return running(account);
    },
    people,
    /** The whole response, headers included (a download's `content-disposition`). */
    raw,
    async call(who: Person, method: Method, url: string, payload?: unknown) {
      const response = await raw(who, method, url, payload);
      return {
        status: response.statusCode,
        body: response.body ? (JSON.parse(response.body) as Record<string, unknown>) : {},
      };
    },
  };
}
