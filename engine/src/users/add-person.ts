import { randomUUID } from 'node:crypto';
import type { Locale, Role } from '@parley/contracts';
import type { Sql } from '../infrastructure/database/database.js';
import { ApiError } from '../infrastructure/http/api-error.js';

/** 409 EMAIL_TAKEN when someone (in any organisation) signs in with this address already. */
export async function requireEmailFree(sql: Sql, email: string): Promise<void> {
  if (await sql.selectFrom('User').select('id').where('email', '=', email).executeTakeFirst())
    throw new ApiError(409, 'EMAIL_TAKEN', `${email} already has a Parley account`);
}

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
  await requireEmailFree(sql, person.email);
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
