import { DeadlockException, LockWaitTimeoutException } from '@mikro-orm/core';
import type { SqlEntityManager } from '@mikro-orm/sql';
import type { Database, Sql } from '../infrastructure/database/database.js';

const retryableCodes = new Set(['40P01', '40001', 'SQLITE_BUSY']);
const attempts = 4;

/** A deadlock or serialisation failure: the transaction was rolled back and may simply run again. */
function isRetryable(error: unknown): boolean {
  for (let cause = error; cause instanceof Error; cause = cause.cause) {
    if (cause instanceof DeadlockException || cause instanceof LockWaitTimeoutException) return true;
    const code = (cause as { code?: unknown }).code;
    if (typeof code === 'string' && retryableCodes.has(code)) return true;
  }
  return false;
}

/**
 * Runs `work` in one transaction, again from the start when the database rolled it back to break a
 * deadlock (two transactions taking an agent's row and a conversation's row in opposite orders),
 * so every routing step either happens whole or not at all.
 */
export async function routingTransaction<T>(
  database: Database,
  work: (sql: Sql, em: SqlEntityManager) => Promise<T>,
): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await database.transaction(work);
    } catch (error) {
      if (attempt >= attempts || !isRetryable(error)) throw error;
      await new Promise((resolve) => setTimeout(resolve, 5 * attempt * Math.random()));
    }
  }
}
