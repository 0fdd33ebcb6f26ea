import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestDatabase } from '../test-database.js';

describe('migrations', () => {
  let database: Awaited<ReturnType<typeof openTestDatabase>>;
  beforeAll(async () => {
    database = await openTestDatabase();
  });
  afterAll(() => database.close());

  it('produce exactly the schema the entities describe', async () => {
    const drift = await database.orm.schema.getUpdateSchemaSQL({ wrap: false });
    expect(drift.trim()).toBe('');
  });

  it('are recorded as applied, so a restart applies nothing', async () => {
    expect(await database.orm.migrator.getPending()).toEqual([]);
    const executed = await database.orm.migrator.getExecuted();
    expect(executed.map((migration) => migration.name)).toEqual([
      '0001-initial',
      '0002-message-content-and-media',
    ]);
  });
});
