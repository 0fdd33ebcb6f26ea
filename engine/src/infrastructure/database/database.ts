import type { MikroORM } from '@mikro-orm/core';
import type { InferKyselyDB, SqlEntityManager } from '@mikro-orm/sql';
import type { Kysely } from 'kysely';
import type { entities } from './entities.js';
import { type DatabaseKind, databaseKind } from './orm.config.js';

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
  readonly kind: DatabaseKind;

  constructor(
    readonly orm: MikroORM,
    url: string,
  ) {
    this.kind = databaseKind(url);
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

  async isHealthy(): Promise<boolean> {
    try {
      await this.orm.em.getConnection().execute('select 1');
      return true;
    } catch {
      return false;
    }
  }
}
