import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { AppConfig } from '../config/config.schema.js';

/**
 * The key that seals channel credentials: PARLEY_ENCRYPTION_KEY, or — embedded installs — a key
 * generated once into the data folder (readable by its owner only). Losing it loses the sealed
 * credentials, never anything else: accounts can be connected again.
 */
export function loadEncryptionKey(config: Pick<AppConfig, 'PARLEY_ENCRYPTION_KEY' | 'DATA_DIR'>): Buffer {
  if (config.PARLEY_ENCRYPTION_KEY) return Buffer.from(config.PARLEY_ENCRYPTION_KEY, 'base64');
  const file = join(config.DATA_DIR, 'encryption.key');
  if (!existsSync(file)) {
    mkdirSync(config.DATA_DIR, { recursive: true });
    // `wx`: two processes starting at once never overwrite each other's key.
    try {
      writeFileSync(file, `${randomBytes(32).toString('base64')}\n`, { mode: 0o600, flag: 'wx' });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
  }
  const key = Buffer.from(readFileSync(file, 'utf8').trim(), 'base64');
  if (key.length !== 32) throw new Error(`${file} does not hold a 32-byte base64 key`);
  return key;
}
