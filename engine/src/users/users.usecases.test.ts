import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openTestDatabase } from '../infrastructure/database/test-database.js';
import { ApiError } from '../infrastructure/http/api-error.js';
import { seatsInUse } from '../organisations/plan-policy.js';
import { createOrganisation, createUser } from '../testing/fixtures.js';
import { UpdateUserUseCase } from './users.usecases.js';

describe('UpdateUserUseCase', () => {
  let database: Awaited<ReturnType<typeof openTestDatabase>>;
  beforeEach(async () => {
    database = await openTestDatabase();
  });
  afterEach(() => database.close());

  it('reactivates someone only while the plan has a seat for them', async () => {
    const organisation = await createOrganisation(database, 'professional'); // two people
    const admin = await createUser(database, organisation, 'admin');
    const agent = await createUser(database, organisation, 'agent');
    const update = new UpdateUserUseCase(database);
    await update.execute(admin, agent.userId, { status: 'deactivated' });
    expect(await seatsInUse(database.sql(), organisation)).toBe(1);
    const newcomer = await createUser(database, organisation, 'agent'); // the seat, taken meanwhile
    const refusal = await update
      .execute(admin, agent.userId, { status: 'active' })
      .catch((error: unknown) => error);
    expect(refusal).toBeInstanceOf(ApiError);
    expect((refusal as ApiError).getStatus()).toBe(403);
    expect((refusal as ApiError).getResponse()).toMatchObject({ code: 'PLAN_LIMIT_REACHED' });
    await update.execute(admin, newcomer.userId, { status: 'deactivated' });
    expect((await update.execute(admin, agent.userId, { status: 'active' })).status).toBe('active');
  });
});
