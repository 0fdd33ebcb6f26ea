import { statSync } from 'node:fs';
import { parentPort, workerData } from 'node:worker_threads';
import Database from 'better-sqlite3';
import { type CheckpointerOptions, walLimitBytes } from './sqlite-checkpointer.js';

/**
 * Runs SQLite's WAL checkpoints on a connection of its own, in a worker thread: a checkpoint
 * writes the WAL back into the database file and syncs it, which on the engine's connection would
 * block the event loop (better-sqlite3 is synchronous) and stall webhook acknowledgements.
 *
 * PASSIVE never waits for the engine's connection, but it never restarts the WAL either: the engine
 * restarts it on its next write only if nothing new came in since a checkpoint caught up, which
 * under a steady stream of writes never happens, so the WAL would grow for good (1.7 GB in two
 * minutes of soak). Once the WAL passes `walLimitBytes`, this thread asks the engine to restart it
 * (`restart` message, answered by `restarted`): see SqliteCheckpointer. It does not run that
 * checkpoint itself because a TRUNCATE here takes SQLite's write lock and an engine transaction that
 * has read and then writes meanwhile fails at once with SQLITE_BUSY (the busy timeout is not used
 * for a read lock that upgrades), which answered webhooks with 500 under load.
 */
const { file, intervalMs, restartEveryMs } = workerData as CheckpointerOptions & { file: string };
const db = new Database(file);
db.pragma('busy_timeout = 5000');
db.pragma(`journal_size_limit = ${walLimitBytes}`);

let restartAskedAt = 0;
let restartPending = false;

const timer = setInterval(() => {
  // While the engine restarts the WAL this thread stays off the database, so the two never wait for
  // each other's checkpoint.
  if (restartPending) return;
  try {
    db.pragma('wal_checkpoint(PASSIVE)');
    if (walBytes() > walLimitBytes && Date.now() - restartAskedAt >= restartEveryMs) {
      restartAskedAt = Date.now();
      restartPending = true;
      parentPort?.postMessage('restart');
    }
  } catch (error) {
    parentPort?.postMessage({ error: error instanceof Error ? error.message : String(error) });
  }
}, intervalMs);

parentPort?.on('message', (message: unknown) => {
  if (message === 'restarted') {
    restartPending = false;
    return;
  }
  if (message !== 'stop') return;
  clearInterval(timer);
  try {
    db.pragma('wal_checkpoint(TRUNCATE)');
  } finally {
    db.close();
    parentPort?.postMessage('stopped');
  }
});

function walBytes(): number {
  try {
    return statSync(`${file}-wal`).size;
  } catch {
    return 0;
  }
}
