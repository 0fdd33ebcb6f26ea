import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import type { MikroORM, Options } from '@mikro-orm/core';
import type { Logger } from 'pino';
import { Migrator } from '@mikro-orm/migrations';
import { entities } from './entities.js';
import { migrationsList } from './migrations/index.js';

/** The file of a SQLite URL, or undefined for PostgreSQL and in-memory databases. */
export function sqliteFile(url: string): string | undefined {
  const file = url.startsWith('sqlite:') ? url.slice('sqlite:'.length) : undefined;
  return file === ':memory:' ? undefined : file;
}

/** MikroORM options shared by both databases; the schema comes only from the migrations. */
function baseOptions(logger?: Logger): Partial<Options> {
  const orm = logger?.child({ component: 'orm' });
  return {
    colors: false,
    logger: (message) => orm?.info(message),
    entities,
    extensions: [Migrator],
    migrations: { migrationsList, transactional: true, allOrNothing: true, snapshot: false },
    allowGlobalContext: false,
    debug: false,
  };
}

/** Opens the database named by `url` (sqlite:/path or postgres://…); SQLite runs in WAL mode. */
export async function openDatabase(url: string, logger?: Logger): Promise<MikroORM> {
  if (url.startsWith('sqlite:')) {
    const file = url.slice('sqlite:'.length);
    if (sqliteFile(url)) mkdirSync(dirname(file), { recursive: true });
    const { MikroORM } = await import('@mikro-orm/sqlite');
    const orm = await MikroORM.init({ ...baseOptions(logger), dbName: file });
    const connection = orm.em.getConnection();
    await connection.execute('pragma journal_mode = wal');
    await connection.execute('pragma synchronous = normal');
    await connection.execute('pragma busy_timeout = 5000');
    await connection.execute('pragma foreign_keys = on');
    return orm;
  }
  const { MikroORM } = await import('@mikro-orm/postgresql');
  return MikroORM.init({ ...baseOptions(logger), clientUrl: url, pool: { min: 1, max: 10 } });
}

/** Applies every pending migration. */
export async function migrate(orm: MikroORM): Promise<void> {
  await orm.migrator.up();
}
