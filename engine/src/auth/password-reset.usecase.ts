import { randomUUID } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import type { PasswordResetDelivery, ResetPasswordRequest } from '@parley/contracts';
import type { Logger } from 'pino';
import { APP_CONFIG } from '../infrastructure/config/config.module.js';
import type { AppConfig } from '../infrastructure/config/config.schema.js';
import { Database, type Sql } from '../infrastructure/database/database.js';
import { ApiError } from '../infrastructure/http/api-error.js';
import { LOGGER } from '../infrastructure/logging/logging.module.js';
import { Mailer } from '../infrastructure/mail/mailer.service.js';
import { passwordResetMail } from './emails.js';
import { passwordHasher } from './password-hasher.js';
import { newSecretToken, tokenHash } from './secret-tokens.js';
import { clearSignInFailures } from './sign-in-throttle.js';

export const RESET_LIFETIME_MS = 60 * 60 * 1000;

/** A one-time reset link for a person; earlier unused links of theirs stop working. */
export async function issuePasswordReset(
  sql: Sql,
  userId: string,
  publicUrl: string,
  now = new Date(),
): Promise<{ link: string; expiresAt: Date }> {
  await sql.deleteFrom('PasswordReset').where('user', '=', userId).where('usedAt', 'is', null).execute();
  const token = newSecretToken();
  const expiresAt = new Date(now.getTime() + RESET_LIFETIME_MS);
  await sql
    .insertInto('PasswordReset')
    .values({
      id: randomUUID(),
      user: userId,
      tokenHash: tokenHash(token),
      createdAt: now,
      expiresAt,
      usedAt: null,
    })
    .execute();
  return { link: `${publicUrl}/reset-password?token=${encodeURIComponent(token)}`, expiresAt };
}

/**
 * "Forgot password": with SMTP, a link by mail to an active person with that address (nothing
 * for an unknown one); without SMTP, the person asks an admin. The answer depends only on whether
 * SMTP is configured, so it tells nobody whether the address has an account.
 */
@Injectable()
export class RequestPasswordResetUseCase {
  constructor(
    private readonly database: Database,
    private readonly mailer: Mailer,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(LOGGER) private readonly logger: Logger,
  ) {}

  async execute(email: string): Promise<PasswordResetDelivery> {
    if (!this.mailer.configured) return { delivery: 'administrator' };
    const user = await this.database
      .sql()
      .selectFrom('User')
      .select(['id', 'email', 'locale', 'status'])
      .where('email', '=', email)
      .executeTakeFirst();
    if (user?.status === 'active') {
      const { link } = await this.database.transaction((sql) =>
        issuePasswordReset(sql, user.id, this.config.PUBLIC_URL),
      );
      // Mail failures are logged, not answered: the answer must not differ by address.
      await this.mailer
        .send(passwordResetMail({ to: user.email, locale: user.locale, link }))
        .catch((error: unknown) => this.logger.error({ err: error, userId: user.id }, 'reset mail not sent'));
    }
    return { delivery: 'email' };
  }
}

/** A reset link's token and a new password: the password changes and every session ends. */
@Injectable()
export class ResetPasswordUseCase {
  constructor(private readonly database: Database) {}

  async execute(input: ResetPasswordRequest): Promise<void> {
    const passwordHash = await passwordHasher.hash(input.password);
    const now = new Date();
    await this.database.transaction(async (sql) => {
      const reset = await sql
        .selectFrom('PasswordReset')
        .innerJoin('User', 'User.id', 'PasswordReset.user')
        .select([
          'PasswordReset.id',
          'PasswordReset.expiresAt',
          'PasswordReset.usedAt',
          'User.id as userId',
          'User.email',
          'User.status',
        ])
        .where('PasswordReset.tokenHash', '=', tokenHash(input.token))
        .executeTakeFirst();
      if (!reset || reset.usedAt || new Date(reset.expiresAt) <= now || reset.status !== 'active')
        throw new ApiError(
          404,
          'RESET_LINK_INVALID',
          'this reset link is not valid any more; ask for a new one',
        );
      await sql.updateTable('PasswordReset').set({ usedAt: now }).where('id', '=', reset.id).execute();
      await sql
        .updateTable('User')
        .set({ passwordHash, updatedAt: now })
        .where('id', '=', reset.userId)
        .execute();
      await sql.deleteFrom('Session').where('user', '=', reset.userId).execute();
      await clearSignInFailures(sql, reset.email);
    });
  }
}
