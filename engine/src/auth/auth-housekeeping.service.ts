import { Inject, Injectable } from '@nestjs/common';
import { Interval } from '@nestjs/schedule';
import type { Logger } from 'pino';
import { Database } from '../infrastructure/database/database.js';
import { LOGGER } from '../infrastructure/logging/logging.module.js';
import { SESSION_IDLE_MS } from './session-cookie.js';

const HOUR_MS = 60 * 60 * 1000;
const keepAttemptsMs = 30 * 24 * HOUR_MS;

/** Hourly: ended sessions, used or expired reset links, abandoned signups and old sign-in attempts go. */
@Injectable()
export class AuthHousekeeping {
  constructor(
    private readonly database: Database,
    @Inject(LOGGER) private readonly logger: Logger,
  ) {}

  @Interval('auth-housekeeping', HOUR_MS)
  async sweep(now = new Date()) {
    try {
      await this.database.transaction(async (sql) => {
        await sql
          .deleteFrom('Session')
          .where((w) =>
            w.or([w('expiresAt', '<', now), w('lastSeenAt', '<', new Date(now.getTime() - SESSION_IDLE_MS))]),
          )
          .execute();
        await sql
          .deleteFrom('PasswordReset')
          .where((w) => w.or([w('expiresAt', '<', now), w('usedAt', 'is not', null)]))
          .execute();
        await sql
          .deleteFrom('SignInAttempt')
          .where('at', '<', new Date(now.getTime() - keepAttemptsMs))
          .execute();
        await sql
          .updateTable('WhatsAppSignup')
          .set({ status: 'failed', accessToken: null, error: 'expired', updatedAt: now })
          .where('status', 'in', ['started', 'exchanged'])
          .where('expiresAt', '<', now)
          .execute();
      });
    } catch (error) {
      this.logger.error({ err: error }, 'auth housekeeping failed');
    }
  }
}
