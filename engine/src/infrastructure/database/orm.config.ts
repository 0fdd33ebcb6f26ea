import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import type { MikroORM, Options } from '@mikro-orm/core';
import type { Logger } from 'pino';
import { Migrator } from '@mikro-orm/migrations';
import { entities } from './entities.js';
import { migrationsList } from './migrations/index.js';
import { walLimitBytes } from './sqlite-checkpointer.js';

/** The file of a SQLite URL, or undefined for PostgreSQL and in-memory databases. */
export function sqliteFile(url: string): string | undefined {
  const file = url.startsWith('sqlite:') ? url.slice('sqlite:'.length) : undefined;
  return file === ':memory:' ? undefined : file;
}

/** How long the engine's connection waits for SQLite's locks. */
export const sqliteBusyTimeoutMs = 5_000;

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
    await connection.execute(`pragma busy_timeout = ${sqliteBusyTimeoutMs}`);
    // The WAL is cut back to this when it restarts after a checkpoint (see sqlite-checkpoint.worker.ts).
    await connection.execute(`pragma journal_size_limit = ${walLimitBytes}`);
    await connection.execute('pragma foreign_keys = on');
    return orm;
  }
  const { MikroORM } = await import('@mikro-orm/postgresql');
  return MikroORM.init({ ...baseOptions(logger), clientUrl: url, pool: { min: 1, max: 10 } });
}

/**
 * Applies every pending migration, in one transaction. On SQLite, as its manual asks for table
 * rebuilds, foreign keys are off meanwhile (a rebuilt parent would otherwise take its children's
 * references along) and checked before the engine goes on.
 */
export async function migrate(orm: MikroORM, options: { to?: string } = {}): Promise<void> {
  const sqlite = orm.config.get('dbName')?.length && !orm.config.get('clientUrl');
  const connection = orm.em.getConnection();
  if (sqlite) await connection.execute('pragma foreign_keys = off');
  try {
    await orm.migrator.up(options.to ? { to: options.to } : undefined);
    if (sqlite) {
      const broken = await connection.execute('pragma foreign_key_check');
      if (broken.length > 0)
        throw new Error(
          `migrations left ${broken.length} broken references: ${JSON.stringify(broken.slice(0, 3))}`,
        );
    }
  } finally {
    if (sqlite) await connection.execute('pragma foreign_keys = on');
  }
}
