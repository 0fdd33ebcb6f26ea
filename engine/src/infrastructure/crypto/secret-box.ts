import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';

const version = 'v1';
const algorithm = 'aes-256-gcm';
/** The full 128-bit tag: a shorter one presented at opening is refused, never trusted. */
const tagLength = 16;

/**
 * Seals secrets for storage with AES-256-GCM: a fresh 96-bit nonce per value, and the row the
 * value belongs to as associated data, so a sealed value copied onto another row does not open.
 * Format: `v1.<nonce>.<tag>.<ciphertext>`, each part base64url.
 */
export class SecretBox {
  constructor(private readonly key: Buffer) {
    if (key.length !== 32) throw new Error('the encryption key must be 32 bytes');
  }

  seal(plaintext: string, boundTo: string): string {
    const nonce = randomBytes(12);
    const cipher = createCipheriv(algorithm, this.key, nonce, { authTagLength: tagLength });
    cipher.setAAD(Buffer.from(boundTo));
    const ciphertext = Buffer.concat([cipher.update(plaintext, 'utf8'), cipher.final()]);
    return [version, nonce, cipher.getAuthTag(), ciphertext]
      .map((part) => (typeof part === 'string' ? part : part.toString('base64url')))
      .join('.');
  }

  /** Throws when the value was not sealed with this key for this row, or was altered. */
  open(sealed: string, boundTo: string): string {
    const [prefix, nonce, authTag, ciphertext] = sealed.split('.');
    if (prefix !== version || !nonce || !authTag || ciphertext === undefined)
      throw new Error('not a sealed value');
    const tag = Buffer.from(authTag, 'base64url');
    if (tag.length !== tagLength) throw new Error('not a sealed value');
    const decipher = createDecipheriv(algorithm, this.key, Buffer.from(nonce, 'base64url'), {
      authTagLength: tagLength,
    });
    decipher.setAAD(Buffer.from(boundTo));
    decipher.setAuthTag(tag);
    return Buffer.concat([decipher.update(Buffer.from(ciphertext, 'base64url')), decipher.final()]).toString(
      'utf8',
    );
  }

  sealJson(value: Record<string, unknown>, boundTo: string): string {
    return this.seal(JSON.stringify(value), boundTo);
  }

  openJson(sealed: string, boundTo: string): unknown {
    return JSON.parse(this.open(sealed, boundTo)) as unknown;
  }
}
