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

  execute(email: string): PasswordResetDelivery {
    if (!this.mailer.configured) return { delivery: 'administrator' };
    // Answered at once, the same for every address: whether one has an account (and the time
    // a mail takes) must not show in the answer. Failures are logged.
    void this.deliver(email).catch((error: unknown) =>
      this.logger.error({ err: error }, 'password reset mail not sent'),
    );
    return { delivery: 'email' };
  }

  private async deliver(email: string): Promise<void> {
    const user = await this.database
      .sql()
      .selectFrom('User')
      .select(['id', 'email', 'locale', 'status'])
      .where('email', '=', email)
      .executeTakeFirst();
    if (user?.status !== 'active') return;
    // One mail a minute per person, however often the form is sent: no mail bombing through it.
    const recent = await this.database
      .sql()
      .selectFrom('PasswordReset')
      .select('id')
      .where('user', '=', user.id)
      .where('createdAt', '>', new Date(Date.now() - 60_000))
      .executeTakeFirst();
    if (recent) return;
    const { link } = await this.database.transaction((sql) =>
      issuePasswordReset(sql, user.id, this.config.PUBLIC_URL),
    );
    await this.mailer.send(passwordResetMail({ to: user.email, locale: user.locale, link }));
  }
}

/** The reset a link's token stands for, while it can still be used; 404 otherwise. */
async function usableReset(sql: Sql, token: string, now: Date) {
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
    .where('PasswordReset.tokenHash', '=', tokenHash(token))
    .executeTakeFirst();
  if (!reset || reset.usedAt || new Date(reset.expiresAt) <= now || reset.status !== 'active')
    throw resetInvalid();
  return reset;
}

const resetInvalid = () =>
  new ApiError(404, 'RESET_LINK_INVALID', 'this reset link is not valid any more; ask for a new one');

/** A reset link's token and a new password: the password changes and every session ends. */
@Injectable()
export class ResetPasswordUseCase {
  constructor(private readonly database: Database) {}

  async execute(input: ResetPasswordRequest): Promise<void> {
    const now = new Date();
    // A dead link is answered before the (deliberately slow) hashing, and checked again below.
    await usableReset(this.database.sql(), input.token, now);
    const passwordHash = await passwordHasher.hash(input.password);
    await this.database.transaction(async (sql) => {
      const reset = await usableReset(sql, input.token, now);
      const used = await sql
        .updateTable('PasswordReset')
        .set({ usedAt: now })
        .where('id', '=', reset.id)
        .where('usedAt', 'is', null)
        .executeTakeFirst();
      if (Number(used.numUpdatedRows) !== 1) throw resetInvalid();
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
