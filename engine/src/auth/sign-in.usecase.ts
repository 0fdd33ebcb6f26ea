import { Injectable } from '@nestjs/common';
import type { SignInRequest } from '@parley/contracts';
import { Database } from '../infrastructure/database/database.js';
import { ApiError } from '../infrastructure/http/api-error.js';
import { passwordHasher } from './password-hasher.js';
import { type NewSession, startSession } from './sessions.js';
import {
  forgetSignInAttempt,
  markSignInSucceeded,
  recordSignInAttempt,
  signInThrottle,
} from './sign-in-throttle.js';

export interface SignInClient {
  ip: string;
  userAgent?: string | undefined;
}

/**
 * Email and password → a session. Throttled per address (a lock after repeated failures) and
 * per IP; the answer for an unknown address, a wrong password and a deactivated person is the
 * same, and takes the same time.
 */
@Injectable()
export class SignInUseCase {
  constructor(private readonly database: Database) {}

  async execute(input: SignInRequest, client: SignInClient): Promise<NewSession & { userId: string }> {
    const email = input.email;
    const sql = this.database.sql();
    const now = new Date();
    // Recorded as a failure before the password is checked, so attempts made in parallel count
    // against each other instead of all passing the throttle at once.
    const attempt = await recordSignInAttempt(sql, { email, ip: client.ip, succeeded: false, at: now });
    const throttle = await signInThrottle(sql, email, client.ip, now, attempt);
    if (throttle.kind !== 'open') {
      await forgetSignInAttempt(sql, attempt);
      const minutes = Math.max(1, Math.ceil((throttle.until.getTime() - now.getTime()) / 60_000));
      throw new ApiError(
        429,
        throttle.kind === 'locked' ? 'SIGN_IN_LOCKED' : 'TOO_MANY_ATTEMPTS',
        throttle.kind === 'locked'
          ? `too many wrong passwords for this address; try again in ${minutes} min or ask an admin to unlock it`
          : `too many failed sign-ins from this network; try again in ${minutes} min`,
      );
    }
    const user = await sql
      .selectFrom('User')
      .select(['id', 'organisation', 'passwordHash', 'status'])
      .where('email', '=', email)
      .executeTakeFirst();
    const matches = await passwordHasher.verify(user?.passwordHash, input.password);
    const ok = matches && user?.status === 'active';
    if (ok) await markSignInSucceeded(sql, attempt);
    if (!ok || !user)
      throw new ApiError(401, 'INVALID_CREDENTIALS', 'the email address or password is wrong');
    const session = await this.database.transaction((tx) => startSession(tx, user, client, now));
    return { ...session, userId: user.id };
  }
}
