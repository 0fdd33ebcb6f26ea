import type { MikroORM } from '@mikro-orm/core';
import type { AbstractSqlConnection, InferKyselyDB, SqlEntityManager } from '@mikro-orm/sql';
import { type Kysely, sql as raw } from 'kysely';
import type { entities } from './entities.js';
import type BetterSqlite3 from 'better-sqlite3';
import type { Logger } from 'pino';
import { openDatabase, sqliteBusyTimeoutMs, sqliteFile } from './orm.config.js';
import { SqliteCheckpointer } from './sqlite-checkpointer.js';
import { isPostgresPlatform } from './migrations/dialect.js';

const kyselyOptions = {
  tableNamingStrategy: 'entity',
  columnNamingStrategy: 'property',
  convertValues: true,
} as const;

/** The tables as Kysely sees them: entity names and property names, typed from the entity definitions. */
export type DB = InferKyselyDB<(typeof entities)[number], typeof kyselyOptions>;
export type Sql = Kysely<DB>;

/** The engine's handle on the database: forks of the entity manager and typed SQL through Kysely. */
export class Database {
  constructor(
    readonly orm: MikroORM,
    private readonly checkpointer?: SqliteCheckpointer,
  ) {}

  get dialect(): 'sqlite' | 'postgresql' {
    return isPostgresPlatform(this.orm.em.getPlatform()) ? 'postgresql' : 'sqlite';
  }

  /**
   * Opens the engine's database. For SQLite, WAL checkpoints move off the engine's connection to a
   * worker thread, so writing the WAL back to the database file never blocks request handling.
   */
  static async open(url: string, logger: Logger): Promise<Database> {
    const orm = await openDatabase(url, logger);
    const file = sqliteFile(url);
    if (!file) return new Database(orm);
    await orm.em.getConnection().execute('pragma wal_autocheckpoint = 0');
    const native = (await orm.em.getConnection().getNativeClient()) as BetterSqlite3.Database;
    cacheStatements(native);
    const checkpointer = new SqliteCheckpointer(
      file,
      () => restartWal(orm, native, logger),
      (message) => logger.warn({ message }, 'sqlite checkpoint failed'),
    );
    return new Database(orm, checkpointer);
  }

  async close(): Promise<void> {
    await this.checkpointer?.stop();
    await this.orm.close();
  }

  /** A fresh entity manager for one unit of work. */
  em(): SqlEntityManager {
    return this.orm.em.fork() as SqlEntityManager;
  }

  /** Typed queries by entity and property names, with values converted like the ORM does. */
  sql(em: SqlEntityManager = this.em()): Sql {
    return em.getKysely<DB>(kyselyOptions);
  }

  /** Runs `work` in one transaction; its `sql` participates in it. */
  transaction<T>(work: (sql: Sql, em: SqlEntityManager) => Promise<T>): Promise<T> {
    return this.em().transactional((em) => work(this.sql(em as SqlEntityManager), em as SqlEntityManager));
  }

  /**
   * Makes the transaction of `sql` the only writer of `table` until it ends, so a check-then-insert
   * (the first admin, say) cannot race. PostgreSQL locks the table; SQLite takes its write lock at
   * once (it allows one writer at a time anyway).
   */
  async lockForUpdate(sql: Sql, table: string): Promise<void> {
    if (this.dialect === 'postgresql')
      await raw`lock table ${raw.table(table)} in share row exclusive mode`.execute(sql);
    else await raw`update ${raw.table(table)} set id = id where 0`.execute(sql);
  }

  /**
   * Makes the transaction of `sql` the only one holding the row `id` of `table` until it ends, so
   * what it reads of the row stays true while it acts (a team's round-robin pointer). PostgreSQL
   * locks the row (`select … for update`); SQLite takes its write lock at once.
   */
  async lockRow(sql: Sql, table: string, id: string): Promise<void> {
    if (this.dialect === 'postgresql')
      await raw`select 1 from ${raw.table(table)} where id = ${id} for update`.execute(sql);
    else await raw`update ${raw.table(table)} set id = id where 0`.execute(sql);
  }

  async isHealthy(): Promise<boolean> {
    try {
      await this.orm.em.getConnection().execute('select 1');
      return true;
    } catch {
      return false;
    }
  }
}

/**
 * Restarts the WAL from the beginning on the engine's own connection (a TRUNCATE checkpoint: what
 * the checkpoint thread's PASSIVE runs left is written back, then the WAL is emptied). It runs
 * inside the connection's turn (Kysely's single connection), so between two of the engine's
 * transactions: the only writer is the engine itself, there is nothing to wait for and no
 * transaction can fail on SQLite's write lock. Without a busy timeout meanwhile: a reader of another
 * process (the operator CLI) makes it return at once, the WAL restarting on a later try, rather than
 * stall the event loop.
 */
async function restartWal(orm: MikroORM, native: BetterSqlite3.Database, logger: Logger): Promise<void> {
  const kysely = (orm.em.getConnection() as AbstractSqlConnection).getClient();
  await kysely.connection().execute(async () => {
    if (native.inTransaction) return;
    const started = performance.now();
    native.pragma('busy_timeout = 0');
    try {
      const [result] = native.pragma('wal_checkpoint(TRUNCATE)') as { busy: number; log: number }[];
      logger.debug(
        {
          ms: Math.round((performance.now() - started) * 10) / 10,
          busy: result?.busy,
          walFrames: result?.log,
        },
        'sqlite wal restarted',
      );
    } finally {
      native.pragma(`busy_timeout = ${sqliteBusyTimeoutMs}`);
    }
  });
}

const statementCacheSize = 256;

/**
 * Kysely prepares every query anew; on SQLite preparing costs more than running these small
 * queries. The engine's queries come from a few builders, so their SQL repeats: keep the prepared
 * statements by SQL text. Safe because better-sqlite3 runs each statement to completion
 * synchronously (Parley never streams rows), so a statement is never in use twice at once.
 */
function cacheStatements(native: BetterSqlite3.Database) {
  const prepare = native.prepare.bind(native);
  const cache = new Map<string, BetterSqlite3.Statement>();
  native.prepare = ((source: string) => {
    let statement = cache.get(source);
    if (!statement) {
      statement = prepare(source);
      if (cache.size >= statementCacheSize) cache.delete(cache.keys().next().value as string);
      cache.set(source, statement);
    }
    return statement;
  }) as BetterSqlite3.Database['prepare'];
}
