import type { Sql } from '../infrastructure/database/database.js';

/** Five wrong passwords for one address within 15 minutes lock it for 15 minutes. */
export const addressPolicy = { failures: 5, windowMs: 15 * 60_000, lockMs: 15 * 60_000 };
/** Twenty failures from one IP within 15 minutes hold that IP back until the window clears. */
export const ipPolicy = { failures: 20, windowMs: 15 * 60_000 };

export type Throttle = { kind: 'open' } | { kind: 'locked' | 'ip-throttled'; until: Date };

/**
 * When each address's sign-in lock ends, for those locked now: five failures since the last
 * success within the window, the lock lasting from the latest of them. `excluding` leaves out
 * the attempt being judged, already recorded.
 */
export async function signInLocks(
  sql: Sql,
  emails: string[],
  now = new Date(),
  excluding?: number,
): Promise<Map<string, Date>> {
  const locks = new Map<string, Date>();
  if (emails.length === 0) return locks;
  let query = sql
    .selectFrom('SignInAttempt')
    .select(['email', 'succeeded', 'at'])
    .where('email', 'in', emails)
    .where('at', '>', new Date(now.getTime() - addressPolicy.windowMs))
    .orderBy('at', 'desc')
    .orderBy('id', 'desc');
  if (excluding !== undefined) query = query.where('id', '!=', excluding);
  // Newest first: the first failure seen is the latest, and counting stops at a success.
  const failures = new Map<string, { count: number; latest: Date }>();
  const closed = new Set<string>();
  for (const attempt of await query.execute()) {
    if (closed.has(attempt.email)) continue;
    if (attempt.succeeded)
      closed.add(attempt.email); // failures before a success no longer count
    else {
      const seen = failures.get(attempt.email);
      failures.set(attempt.email, {
        count: (seen?.count ?? 0) + 1,
        latest: seen?.latest ?? new Date(attempt.at),
      });
    }
  }
  for (const [email, { count, latest }] of failures) {
    if (count < addressPolicy.failures) continue;
    const until = new Date(latest.getTime() + addressPolicy.lockMs);
    if (until > now) locks.set(email, until);
  }
  return locks;
}

/**
 * Whether a sign-in may be tried now. Attempts refused by the throttle are not kept, so a lock
 * ends 15 minutes after the last real failure.
 */
export async function signInThrottle(
  sql: Sql,
  email: string,
  ip: string,
  now: Date,
  excluding?: number,
): Promise<Throttle> {
  const lockedUntil = (await signInLocks(sql, [email], now, excluding)).get(email);
  if (lockedUntil) return { kind: 'locked', until: lockedUntil };
  let fromIp = sql
    .selectFrom('SignInAttempt')
    .select('at')
    .where('ip', '=', ip)
    .where('succeeded', '=', false)
    .where('at', '>', new Date(now.getTime() - ipPolicy.windowMs))
    .orderBy('at', 'asc')
    .limit(ipPolicy.failures);
  if (excluding !== undefined) fromIp = fromIp.where('id', '!=', excluding);
  const failures = await fromIp.execute();
  const oldest = failures[0];
  if (failures.length >= ipPolicy.failures && oldest)
    return { kind: 'ip-throttled', until: new Date(new Date(oldest.at).getTime() + ipPolicy.windowMs) };
  return { kind: 'open' };
}

/** Records an attempt and returns its id; one being tried is recorded as failed until it succeeds. */
export async function recordSignInAttempt(
  sql: Sql,
  attempt: { email: string; ip: string; succeeded: boolean; at: Date },
): Promise<number> {
  const row = await sql.insertInto('SignInAttempt').values(attempt).returning('id').executeTakeFirstOrThrow();
  return Number(row.id);
}

export async function markSignInSucceeded(sql: Sql, id: number): Promise<void> {
  await sql.updateTable('SignInAttempt').set({ succeeded: true }).where('id', '=', id).execute();
}

export async function forgetSignInAttempt(sql: Sql, id: number): Promise<void> {
  await sql.deleteFrom('SignInAttempt').where('id', '=', id).execute();
}

/** Unlocks an address (an admin's unlock, a password reset): its recent failures no longer count. */
export async function clearSignInFailures(sql: Sql, email: string): Promise<void> {
  await sql.deleteFrom('SignInAttempt').where('email', '=', email).where('succeeded', '=', false).execute();
}
