import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Database } from './database.js';
import { migrate, openDatabase } from './orm.config.js';

type TestDatabase = Database & { close(): Promise<void> };

/**
 * A migrated (to the latest, or to `migrateTo`), empty database for one test: SQLite in a temporary folder, or — when
 * PARLEY_TEST_DATABASE_URL names a PostgreSQL server (the PostgreSQL lane) — a database of its own
 * there. `close` removes it.
 */
export async function openTestDatabase(options: { migrateTo?: string } = {}): Promise<TestDatabase> {
  const server = process.env.PARLEY_TEST_DATABASE_URL;
  return server ? openPostgres(server, options.migrateTo) : openSqlite(options.migrateTo);
}

async function openSqlite(to?: string): Promise<TestDatabase> {
  const dir = mkdtempSync(join(tmpdir(), 'parley-db-'));
  const url = `sqlite:${join(dir, 'parley.db')}`;
  const orm = await openDatabase(url);
  await migrate(orm, to ? { to } : {});
  return Object.assign(new Database(orm), {
    async close() {
      await orm.close();
      rmSync(dir, { recursive: true, force: true });
    },
  });
}

async function openPostgres(server: string, to?: string): Promise<TestDatabase> {
  const name = `parley_test_${randomBytes(6).toString('hex')}`;
  const admin = await openDatabase(server);
  await admin.em.getConnection().execute(`create database ${name}`);
  const url = new URL(server);
  url.pathname = `/${name}`;
  const orm = await openDatabase(url.toString());
  await migrate(orm, to ? { to } : {});
  return Object.assign(new Database(orm), {
    async close() {
      await orm.close();
      await admin.em.getConnection().execute(`drop database ${name}`);
      await admin.close();
    },
  });
}
