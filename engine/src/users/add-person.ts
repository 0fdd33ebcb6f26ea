import { randomUUID } from 'node:crypto';
import type { Locale, Role } from '@parley/contracts';
import type { Sql } from '../infrastructure/database/database.js';
import { ApiError } from '../infrastructure/http/api-error.js';

/**
 * A new, active person of an organisation (the first admin, or someone who accepted an
 * invitation). One account per address across the installation: 409 EMAIL_TAKEN otherwise.
 */
export async function addPerson(
  sql: Sql,
  person: {
    organisationId: string;
    email: string;
    name: string;
    role: Role;
    passwordHash: string;
    locale?: Locale | undefined;
  },
  now: Date,
): Promise<string> {
  if (await sql.selectFrom('User').select('id').where('email', '=', person.email).executeTakeFirst())
    throw new ApiError(409, 'EMAIL_TAKEN', `${person.email} already has a Parley account`);
  const id = randomUUID();
  await sql
    .insertInto('User')
    .values({
      id,
      organisation: person.organisationId,
      email: person.email,
      name: person.name.trim(),
      role: person.role,
      passwordHash: person.passwordHash,
      status: 'active',
      locale: person.locale ?? 'en',
      createdAt: now,
      updatedAt: now,
      lastSignInAt: null,
    })
    .execute();
  return id;
}
