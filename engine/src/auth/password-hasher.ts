import { hash, verify } from '@node-rs/argon2';

/** argon2id with OWASP's settings: 19 MiB of memory, 2 passes, 1 lane. */
const options = { memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const;

/** A hash of a password no one has, so a sign-in for an unknown address costs the same time. */
let decoy: Promise<string> | undefined;

export const passwordHasher = {
  hash: (password: string): Promise<string> => hash(password, options),

  /** Whether `password` matches `stored`; with no stored hash, checks a decoy and answers false. */
  async verify(stored: string | undefined, password: string): Promise<boolean> {
    if (stored === undefined) {
      decoy ??= hash('decoy password that matches nothing', options);
      await verify(await decoy, password);
      return false;
    }
    try {
      return await verify(stored, password);
    } catch {
      return false; // not a hash this library can read
    }
  },
};
