import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Caller } from '../../auth/caller.js';
import { openTestDatabase } from '../../infrastructure/database/test-database.js';
import { ApiError } from '../../infrastructure/http/api-error.js';
import { createAccount, createOrganisation, createUser } from '../../testing/fixtures.js';
import { createAgents, createConversations, routingServices } from '../routing.test-support.js';
import { UpdateRoutingRulesUseCase } from '../usecases/routing-rules.usecases.js';
import { CreateTeamUseCase } from './create-team.usecase.js';
import { DeleteTeamUseCase } from './delete-team.usecase.js';
import { UpdateTeamUseCase } from './update-team.usecase.js';

type Database = Awaited<ReturnType<typeof openTestDatabase>>;

const refusal = async (promise: Promise<unknown>) => {
  const error = await promise.catch((caught: unknown) => caught);
  expect(error).toBeInstanceOf(ApiError);
  return (error as ApiError).getResponse() as { code: string; message: string };
};

describe('teams', () => {
  let database: Database;
  let admin: Caller;
  let create: CreateTeamUseCase;
  let update: UpdateTeamUseCase;
  let remove: DeleteTeamUseCase;
  let services: ReturnType<typeof routingServices>;
  const team = (name: string, members: string[] = []) =>
    create.execute(admin, {
      name,
      strategy: 'round_robin',
      fallbackStrategy: 'round_robin',
      members: members.map((userId) => ({ userId, capacity: null })),
      defaultCapacity: 5,
      sla: {
        firstResponseMinutes: null,
        onBreach: 'reassign',
        escalateToTeamId: null,
        businessHoursOnly: false,
      },
    });

  beforeEach(async () => {
    database = await openTestDatabase();
    services = routingServices(database);
    admin = await createUser(database, await createOrganisation(database), 'admin');
    create = new CreateTeamUseCase(database);
    update = new UpdateTeamUseCase(database, services.assignment);
    remove = new DeleteTeamUseCase(database);
  });
  afterEach(() => database.close());

  it('keep their members in order, and a member added takes the queue at once', async () => {
    const [aoi, ben] = await createAgents(database, admin.organisationId, 2, { capacity: 1 });
    const support = await team('Support', [aoi!]);
    const account = await createAccount(database, admin.organisationId);
    const ids = await createConversations(database, account, 2);
    for (const id of ids) await services.assignment.assign(id, support.id);

    const changed = await update.execute(admin, support.id, {
      members: [
        { userId: ben!, capacity: null },
        { userId: aoi!, capacity: 1 },
      ],
    });

    expect(changed.members.map((member) => member.userId)).toEqual([ben, aoi]);
    const owners = await database.sql().selectFrom('Conversation').select('assignedUser').execute();
    expect(new Set(owners.map((row) => row.assignedUser))).toEqual(new Set([aoi, ben]));
  });

  it('refuse a name taken, and deleting one that routing rules, an escalation or open conversations need', async () => {
    const support = await team('Support');
    expect((await refusal(team('Support'))).code).toBe('TEAM_NAME_TAKEN');
    const rules = new UpdateRoutingRulesUseCase(database);
    await rules.execute(admin, { rules: [], defaultTeamId: support.id });
    expect(await refusal(remove.execute(admin, support.id))).toEqual({
      code: 'TEAM_IN_USE',
      message: 'routing rules send conversations to Support',
    });
    await rules.execute(admin, { rules: [], defaultTeamId: null });
    const vip = await team('VIP');
    await update.execute(admin, vip.id, {
      sla: {
        firstResponseMinutes: 10,
        onBreach: 'escalate',
        escalateToTeamId: support.id,
        businessHoursOnly: false,
      },
    });
    expect((await refusal(remove.execute(admin, support.id))).message).toBe('VIP escalates to Support');
    const account = await createAccount(database, admin.organisationId);
    const [id] = await createConversations(database, account, 1);
    await services.assignment.assign(id!, vip.id);
    expect((await refusal(remove.execute(admin, vip.id))).code).toBe('TEAM_HAS_CONVERSATIONS');
    await services.assignment.release(id!, { reason: 'closed' });

    expect((await remove.execute(admin, vip.id)).name).toBe('VIP');
    const audit = await database.sql().selectFrom('AuditEntry').select('action').execute();
    expect(audit.map((entry) => entry.action).sort()).toEqual([
      'routing_rules.updated',
      'routing_rules.updated',
      'team.created',
      'team.created',
      'team.deleted',
      'team.updated',
    ]);
  });
});
