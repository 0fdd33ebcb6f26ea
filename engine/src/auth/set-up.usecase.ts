import { randomUUID } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import type { SetupRequest } from '@parley/contracts';
import { setupRequest } from '@parley/contracts';
import type { z } from 'zod';
import { recordAudit } from '../audit/record-audit.js';
import { APP_CONFIG } from '../infrastructure/config/config.module.js';
import type { AppConfig } from '../infrastructure/config/config.schema.js';
import { Database, type Sql } from '../infrastructure/database/database.js';
import { ApiError } from '../infrastructure/http/api-error.js';
import { addPerson } from '../users/add-person.js';
import { passwordHasher } from './password-hasher.js';
import { type NewSession, startSession } from './sessions.js';
import type { SignInClient } from './sign-in.usecase.js';

export type FirstAdmin = z.output<typeof setupRequest>;

/** Whether the installation still waits for its first admin (no one can sign in yet). */
export async function setupNeeded(sql: Sql): Promise<boolean> {
  return !(await sql.selectFrom('User').select('id').limit(1).executeTakeFirst());
}

/**
 * Creates an organisation and its admin in one transaction. For the first run (`firstRun`) it is
 * allowed only while nobody can sign in, and an organisation kept from an earlier version (it has
 * no people) is adopted and renamed; the operator's command adds organisations at any time.
 */
export async function createOrganisationWithAdmin(
  database: Database,
  input: FirstAdmin,
  plan: AppConfig['PARLEY_DEFAULT_PLAN'],
  options: { firstRun: boolean },
  now = new Date(),
): Promise<{ organisationId: string; userId: string }> {
  const passwordHash = await passwordHasher.hash(input.password);
  return database.transaction(async (sql) => {
    await database.lockForUpdate(sql, 'users');
    if (options.firstRun && !(await setupNeeded(sql)))
      throw new ApiError(409, 'ALREADY_SET_UP', 'this installation already has an admin');
    const kept = options.firstRun
      ? await sql.selectFrom('Organisation').select('id').limit(1).executeTakeFirst()
      : undefined;
    const organisationId = kept?.id ?? randomUUID();
    if (kept) {
      await sql
        .updateTable('Organisation')
        .set({ name: input.organisationName, updatedAt: now })
        .where('id', '=', organisationId)
        .execute();
    } else {
      await sql
        .insertInto('Organisation')
        .values({ id: organisationId, name: input.organisationName, plan, createdAt: now, updatedAt: now })
        .execute();
    }
    const userId = await addPerson(
      sql,
      {
        organisationId,
        email: input.email,
        name: input.name,
        role: 'admin',
        passwordHash,
        locale: input.locale,
      },
      now,
    );
    await recordAudit(
      sql,
      {
        actor: options.firstRun ? { organisationId, label: 'system' } : { organisationId, label: 'operator' },
        action: 'organisation.created',
        target: { type: 'organisation', id: organisationId, label: input.organisationName },
        after: { name: input.organisationName, plan, firstAdmin: input.email },
      },
      now,
    );
    return { organisationId, userId };
  });
}

/** The first-run screen: the organisation, its admin, and a session for them. */
@Injectable()
export class SetUpUseCase {
  constructor(
    private readonly database: Database,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async execute(input: SetupRequest, client: SignInClient): Promise<NewSession & { userId: string }> {
    const { organisationId, userId } = await createOrganisationWithAdmin(
      this.database,
      input,
      this.config.PARLEY_DEFAULT_PLAN,
      { firstRun: true },
    );
    const session = await this.database.transaction((sql) =>
      startSession(sql, { id: userId, organisation: organisationId }, client),
    );
    return { ...session, userId };
  }
}
