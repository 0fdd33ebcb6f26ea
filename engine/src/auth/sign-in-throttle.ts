import type { Sql } from '../infrastructure/database/database.js';

/** Five wrong passwords for one address within 15 minutes lock it for 15 minutes. */
export const addressPolicy = { failures: 5, windowMs: 15 * 60_000, lockMs: 15 * 60_000 };
/** Twenty failures from one IP within 15 minutes hold that IP back until the window clears. */
export const ipPolicy = { failures: 20, windowMs: 15 * 60_000 };

export type Throttle = { kind: 'open' } | { kind: 'locked' | 'ip-throttled'; until: Date };

/**
 * Whether a sign-in may be tried now. Failures count since the address's last success; attempts
 * refused by the throttle are not recorded, so a lock ends 15 minutes after the last real failure.
 */
export async function signInThrottle(sql: Sql, email: string, ip: string, now: Date): Promise<Throttle> {
  const since = new Date(now.getTime() - addressPolicy.windowMs);
  const lastSuccess = await sql
    .selectFrom('SignInAttempt')
    .select('at')
    .where('email', '=', email)
    .where('succeeded', '=', true)
    .orderBy('at', 'desc')
    .limit(1)
    .executeTakeFirst();
  const from = lastSuccess && new Date(lastSuccess.at) > since ? new Date(lastSuccess.at) : since;
  const failures = await sql
    .selectFrom('SignInAttempt')
    .select('at')
    .where('email', '=', email)
    .where('succeeded', '=', false)
    .where('at', '>', from)
    .orderBy('at', 'desc')
    .limit(addressPolicy.failures)
    .execute();
  const latest = failures[0];
  if (failures.length >= addressPolicy.failures && latest) {
    const until = new Date(new Date(latest.at).getTime() + addressPolicy.lockMs);
    if (until > now) return { kind: 'locked', until };
  }
  const fromIp = await sql
    .selectFrom('SignInAttempt')
    .select('at')
    .where('ip', '=', ip)
    .where('succeeded', '=', false)
    .where('at', '>', new Date(now.getTime() - ipPolicy.windowMs))
    .orderBy('at', 'asc')
    .limit(ipPolicy.failures)
    .execute();
  const oldest = fromIp[0];
  if (fromIp.length >= ipPolicy.failures && oldest)
    return { kind: 'ip-throttled', until: new Date(new Date(oldest.at).getTime() + ipPolicy.windowMs) };
  return { kind: 'open' };
}

export async function recordSignInAttempt(
  sql: Sql,
  attempt: { email: string; ip: string; succeeded: boolean; at: Date },
): Promise<void> {
  await sql.insertInto('SignInAttempt').values(attempt).execute();
}

/** Unlocks an address (an admin's unlock, a password reset): its recent failures no longer count. */
export async function clearSignInFailures(sql: Sql, email: string): Promise<void> {
  await sql.deleteFrom('SignInAttempt').where('email', '=', email).where('succeeded', '=', false).execute();
}
