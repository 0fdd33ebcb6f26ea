import { Injectable } from '@nestjs/common';
import type { ChangePasswordRequest, UpdateProfileRequest } from '@parley/contracts';
import { recordAudit } from '../audit/record-audit.js';
import { Database } from '../infrastructure/database/database.js';
import { ApiError } from '../infrastructure/http/api-error.js';
import type { Caller } from './caller.js';
import { passwordHasher } from './password-hasher.js';

/** A signed-in person changes their own password; their other sessions end. */
@Injectable()
export class ChangePasswordUseCase {
  constructor(private readonly database: Database) {}

  async execute(caller: Caller, input: ChangePasswordRequest): Promise<void> {
    const user = await this.database
      .sql()
      .selectFrom('User')
      .select('passwordHash')
      .where('id', '=', caller.userId)
      .where('organisation', '=', caller.organisationId)
      .executeTakeFirstOrThrow();
    if (!(await passwordHasher.verify(user.passwordHash, input.currentPassword)))
      throw new ApiError(400, 'INVALID_INPUT', 'currentPassword: the current password is wrong', [
        { path: 'currentPassword', message: 'the current password is wrong' },
      ]);
    const passwordHash = await passwordHasher.hash(input.newPassword);
    await this.database.transaction(async (sql) => {
      await sql
        .updateTable('User')
        .set({ passwordHash, updatedAt: new Date() })
        .where('id', '=', caller.userId)
        .execute();
      const current = caller.via.kind === 'session' ? caller.via.sessionId : '';
      await sql.deleteFrom('Session').where('user', '=', caller.userId).where('id', '!=', current).execute();
    });
  }
}

@Injectable()
export class UpdateProfileUseCase {
  constructor(private readonly database: Database) {}

  async execute(caller: Caller, input: UpdateProfileRequest): Promise<void> {
    await this.database
      .sql()
      .updateTable('User')
      .set({
        ...(input.name === undefined ? {} : { name: input.name }),
        ...(input.locale === undefined ? {} : { locale: input.locale }),
        updatedAt: new Date(),
      })
      .where('id', '=', caller.userId)
      .where('organisation', '=', caller.organisationId)
      .execute();
  }
}

/** Ends this session, or every session of the person (all their browsers). */
@Injectable()
export class SignOutUseCase {
  constructor(private readonly database: Database) {}

  async execute(caller: Caller, everywhere: boolean): Promise<void> {
    await this.database.transaction(async (sql) => {
      let sessions = sql.deleteFrom('Session').where('user', '=', caller.userId);
      if (!everywhere)
        sessions = sessions.where('id', '=', caller.via.kind === 'session' ? caller.via.sessionId : '');
      await sessions.execute();
      if (everywhere)
        await recordAudit(sql, {
          actor: caller,
          action: 'user.signed_out_everywhere',
          target: { type: 'user', id: caller.userId, label: caller.label },
        });
    });
  }
}
