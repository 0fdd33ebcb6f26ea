import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Database } from './database.js';
import { migrate, openDatabase } from './orm.config.js';

/** A migrated SQLite database in a temporary folder, for tests; `close` removes it. */
export async function openTestDatabase(): Promise<Database & { close(): Promise<void> }> {
  const dir = mkdtempSync(join(tmpdir(), 'parley-db-'));
  const url = `sqlite:${join(dir, 'parley.db')}`;
  const orm = await openDatabase(url);
  await migrate(orm);
  return Object.assign(new Database(orm, url), {
    async close() {
      await orm.close();
      rmSync(dir, { recursive: true, force: true });
    },
  });
}
