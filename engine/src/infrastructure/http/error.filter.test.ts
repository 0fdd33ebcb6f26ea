import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openTestDatabase } from '../database/test-database.js';
import { isUniqueViolation } from './error.filter.js';

describe('isUniqueViolation', () => {
  let database: Awaited<ReturnType<typeof openTestDatabase>>;
  beforeEach(async () => {
    database = await openTestDatabase();
  });
  afterEach(() => database.close());

  it("recognises the database's refusal of a duplicate, and nothing else", async () => {
    const row = { email: 'a@x.jp', ip: '10.0.0.1', succeeded: false, at: new Date() };
    const inserted = await database
      .sql()
      .insertInto('SignInAttempt')
      .values(row)
      .returning('id')
      .executeTakeFirstOrThrow();
    const duplicate = await database
      .sql()
      .insertInto('SignInAttempt')
      .values({ ...row, id: inserted.id })
      .execute()
      .then(
        () => null,
        (error: unknown) => error,
      );
    expect(duplicate).toBeInstanceOf(Error);
    expect(isUniqueViolation(duplicate)).toBe(true);
    expect(isUniqueViolation(new Error('wrapped', { cause: duplicate }))).toBe(true);
    const missingTable = await database
      .sql()
      .selectFrom('SignInAttempt')
      .select('id')
      .where('nope' as 'id', '=', 1)
      .execute()
      .then(
        () => null,
        (error: unknown) => error,
      );
    expect(isUniqueViolation(missingTable)).toBe(false);
    expect(isUniqueViolation('23505')).toBe(false);
  });
});
