import { randomBytes } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { loadEncryptionKey } from './encryption-key.js';
import { SecretBox } from './secret-box.js';

describe('SecretBox', () => {
  const box = new SecretBox(randomBytes(32));

  it('opens what it sealed for the same row, and the sealed text hides the secret', () => {
    const sealed = box.seal('EAA-secret-token', 'channel_account:1');
    expect(sealed).not.toContain('EAA-secret-token');
    expect(sealed).toMatch(/^v1\./);
    expect(box.open(sealed, 'channel_account:1')).toBe('EAA-secret-token');
  });

  it('seals the same value differently each time', () => {
    expect(box.seal('x', 'r')).not.toBe(box.seal('x', 'r'));
  });

  it('refuses a value moved to another row, altered, or sealed with another key', () => {
    const sealed = box.seal('secret', 'channel_account:1');
    expect(() => box.open(sealed, 'channel_account:2')).toThrow();
    const parts = sealed.split('.');
    parts[3] = Buffer.from('tampered').toString('base64url');
    expect(() => box.open(parts.join('.'), 'channel_account:1')).toThrow();
    expect(() => new SecretBox(randomBytes(32)).open(sealed, 'channel_account:1')).toThrow();
    expect(() => box.open('plain text', 'channel_account:1')).toThrow('not a sealed value');
  });

  it('round-trips JSON', () => {
    expect(box.openJson(box.sealJson({ accessToken: 't' }, 'a'), 'a')).toEqual({ accessToken: 't' });
  });
});

describe('loadEncryptionKey', () => {
  let dir: string | undefined;
  afterEach(() => {
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('prefers the environment', () => {
    const key = randomBytes(32);
    expect(
      loadEncryptionKey({ PARLEY_ENCRYPTION_KEY: key.toString('base64'), DATA_DIR: '/nonexistent' }),
    ).toEqual(key);
  });

  it('generates a key file readable by its owner only, and reuses it', () => {
    dir = mkdtempSync(join(tmpdir(), 'parley-key-'));
    const first = loadEncryptionKey({ PARLEY_ENCRYPTION_KEY: undefined, DATA_DIR: dir });
    const file = join(dir, 'encryption.key');
    expect(statSync(file).mode & 0o777).toBe(0o600);
    expect(Buffer.from(readFileSync(file, 'utf8').trim(), 'base64')).toEqual(first);
    expect(loadEncryptionKey({ PARLEY_ENCRYPTION_KEY: undefined, DATA_DIR: dir })).toEqual(first);
  });
});

describe('SecretBox tags', () => {
  it('refuses a value whose authentication tag was cut short', () => {
    const box = new SecretBox(randomBytes(32));
    const [prefix, nonce, tag, ciphertext] = box.seal('secret', 'row').split('.');
    const short = Buffer.from(tag ?? '', 'base64url')
      .subarray(0, 4)
      .toString('base64url');
    expect(() => box.open([prefix, nonce, short, ciphertext].join('.'), 'row')).toThrow('not a sealed value');
  });
});
