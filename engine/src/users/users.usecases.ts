import { Inject, Injectable, Optional } from '@nestjs/common';
import type { PasswordResetLink, UpdateUserRequest, User } from '@parley/contracts';
import { recordAudit } from '../audit/record-audit.js';
import type { Caller } from '../auth/caller.js';
import { issuePasswordReset } from '../auth/password-reset.usecase.js';
import { clearSignInFailures, signInLocks } from '../auth/sign-in-throttle.js';
import { APP_CONFIG } from '../infrastructure/config/config.module.js';
import type { AppConfig } from '../infrastructure/config/config.schema.js';
import { Database, type Sql } from '../infrastructure/database/database.js';
import { ApiError } from '../infrastructure/http/api-error.js';
import { requireSeat } from '../organisations/plan-policy.js';
import { applyAvailability } from '../routing/agent-availability.js';
import { AssignmentService } from '../routing/assignment.service.js';
import { toUserDto } from './user.dto.js';

async function userOf(sql: Sql, caller: Caller, id: string) {
  const user = await sql
    .selectFrom('User')
    .selectAll()
    .where('id', '=', id)
    .where('organisation', '=', caller.organisationId)
    .executeTakeFirst();
  if (!user) throw new ApiError(404, 'NOT_FOUND', `user ${id} does not exist`);
  return user;
}

async function dto(sql: Sql, user: Parameters<typeof toUserDto>[0]): Promise<User> {
  return toUserDto(user, (await signInLocks(sql, [user.email])).get(user.email));
}

@Injectable()
export class ListUsersUseCase {
  constructor(private readonly database: Database) {}

  async execute(caller: Caller): Promise<User[]> {
    const sql = this.database.sql();
    const users = await sql
      .selectFrom('User')
      .selectAll()
      .where('organisation', '=', caller.organisationId)
      .orderBy('name')
      .execute();
    const locks = await signInLocks(
      sql,
      users.map((user) => user.email),
    );
    return users.map((user) => toUserDto(user, locks.get(user.email)));
  }
}

/**
 * An admin changes someone's role or deactivates or reactivates them. The organisation always
 * keeps an active admin. Deactivating ends the person's sessions and revokes their API tokens.
 */
@Injectable()
export class UpdateUserUseCase {
  constructor(
    private readonly database: Database,
    @Optional() private readonly assignment?: AssignmentService,
  ) {}

  async execute(caller: Caller, id: string, input: UpdateUserRequest): Promise<User> {
    let returnedTo: string[] = [];
    const updated = await this.database.transaction(async (sql) => {
      await this.database.lockForUpdate(sql, 'users');
      const user = await userOf(sql, caller, id);
      const role = input.role ?? user.role;
      const status = input.status ?? user.status;
      if (user.role === 'admin' && user.status === 'active' && (role !== 'admin' || status !== 'active')) {
        const admins = await sql
          .selectFrom('User')
          .select('id')
          .where('organisation', '=', caller.organisationId)
          .where('role', '=', 'admin')
          .where('status', '=', 'active')
          .execute();
        if (admins.length <= 1)
          throw new ApiError(409, 'LAST_ADMIN', 'the organisation needs at least one active admin');
      }
      if (status === 'active' && user.status !== 'active') await requireSeat(sql, caller.organisationId);
      const now = new Date();
      await sql.updateTable('User').set({ role, status, updatedAt: now }).where('id', '=', id).execute();
      if (status === 'deactivated' && user.status === 'active') {
        await sql.deleteFrom('Session').where('user', '=', id).execute();
        await sql
          .updateTable('ApiToken')
          .set({ revokedAt: now })
          .where('user', '=', id)
          .where('revokedAt', 'is', null)
          .execute();
        // Offline for good: their unanswered conversations go back to their teams' queues.
        returnedTo = (await applyAvailability(sql, id, 'offline', {}, now))?.returnedTo ?? [];
      }
      const target = { type: 'user', id, label: user.email };
      if (role !== user.role)
        await recordAudit(sql, {
          actor: caller,
          action: 'user.role_changed',
          target,
          before: { role: user.role },
          after: { role },
        });
      if (status !== user.status)
        await recordAudit(sql, {
          actor: caller,
          action: status === 'deactivated' ? 'user.deactivated' : 'user.reactivated',
          target,
          before: { status: user.status },
          after: { status },
        });
      return dto(sql, { ...user, role, status });
    });
    await this.assignment?.drain(returnedTo);
    return updated;
  }
}

@Injectable()
export class UnlockUserUseCase {
  constructor(private readonly database: Database) {}

  async execute(caller: Caller, id: string): Promise<User> {
    return this.database.transaction(async (sql) => {
      const user = await userOf(sql, caller, id);
      await clearSignInFailures(sql, user.email);
      await recordAudit(sql, {
        actor: caller,
        action: 'user.unlocked',
        target: { type: 'user', id, label: user.email },
      });
      return dto(sql, user);
    });
  }
}

/** A reset link for an admin to hand over (there is no SMTP, or the mail went astray). */
@Injectable()
export class CreatePasswordResetLinkUseCase {
  constructor(
    private readonly database: Database,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async execute(caller: Caller, id: string): Promise<PasswordResetLink> {
    return this.database.transaction(async (sql) => {
      const user = await userOf(sql, caller, id);
      if (user.status !== 'active')
        throw new ApiError(409, 'USER_DEACTIVATED', `${user.email} is deactivated`);
      const { link, expiresAt } = await issuePasswordReset(sql, id, this.config.PUBLIC_URL);
      await recordAudit(sql, {
        actor: caller,
        action: 'user.password_reset_link_created',
        target: { type: 'user', id, label: user.email },
      });
      return { link, expiresAt: expiresAt.toISOString() };
    });
  }
}
