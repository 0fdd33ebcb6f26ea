import { createHash } from 'node:crypto';

/** The admin's own customer of the WhatsApp sandbox: who they are on the test chat's phone. */
export interface TestCustomer {
  /** A Japanese-style mobile number (`8190` and 8 digits), the same for the same admin of the same organisation. */
  waId: string;
  /** The WhatsApp profile name the sandbox gives the business: "Aiko Tanaka (test)". */
  name: string;
}

/** The test customer of `user` in `organisationId`: a stable number from a hash of the two, named after the admin. */
export function testCustomerOf(organisationId: string, user: { id: string; name: string }): TestCustomer {
  const digest = createHash('sha256').update(`${organisationId}:${user.id}`).digest();
  const digits = String(digest.readUInt32BE(0) % 100_000_000).padStart(8, '0');
  return { waId: `8190${digits}`, name: `${user.name} (test)` };
}
