import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openTestDatabase } from '../infrastructure/database/test-database.js';
import {
  addressPolicy,
  clearSignInFailures,
  forgetSignInAttempt,
  ipPolicy,
  markSignInSucceeded,
  recordSignInAttempt,
  signInLocks,
  signInThrottle,
} from './sign-in-throttle.js';

describe('signInThrottle', () => {
  let database: Awaited<ReturnType<typeof openTestDatabase>>;
  beforeEach(async () => {
    database = await openTestDatabase();
  });
  afterEach(() => database.close());

  const t0 = new Date('2026-12-01T09:00:00.000Z');
  const at = (minutes: number) => new Date(t0.getTime() + minutes * 60_000);
  const fail = (email: string, minutes: number, ip = '10.0.0.1') =>
    recordSignInAttempt(database.sql(), { email, ip, succeeded: false, at: at(minutes) });

  it('locks an address after five failures, for 15 minutes after the last', async () => {
    for (let minute = 0; minute < addressPolicy.failures - 1; minute++) await fail('a@x.jp', minute);
    expect(await signInThrottle(database.sql(), 'a@x.jp', '10.0.0.2', at(4))).toEqual({ kind: 'open' });
    await fail('a@x.jp', 4);
    expect(await signInThrottle(database.sql(), 'a@x.jp', '10.0.0.2', at(5))).toEqual({
      kind: 'locked',
      until: at(19),
    });
    expect(await signInThrottle(database.sql(), 'a@x.jp', '10.0.0.2', at(19))).toEqual({ kind: 'open' });
    expect(await signInThrottle(database.sql(), 'other@x.jp', '10.0.0.2', at(5))).toEqual({ kind: 'open' });
  });

  it('counts failures only since the last success, and an unlock clears them', async () => {
    for (let minute = 0; minute < 3; minute++) await fail('b@x.jp', minute);
    await recordSignInAttempt(database.sql(), {
      email: 'b@x.jp',
      ip: '10.0.0.1',
      succeeded: true,
      at: at(3),
    });
    for (let minute = 4; minute < 8; minute++) await fail('b@x.jp', minute);
    expect(await signInThrottle(database.sql(), 'b@x.jp', '10.0.0.9', at(8))).toEqual({ kind: 'open' });
    await fail('b@x.jp', 8);
    expect((await signInThrottle(database.sql(), 'b@x.jp', '10.0.0.9', at(9))).kind).toBe('locked');
    await clearSignInFailures(database.sql(), 'b@x.jp');
    expect(await signInThrottle(database.sql(), 'b@x.jp', '10.0.0.9', at(9))).toEqual({ kind: 'open' });
  });

  it('counts attempts still being checked, leaving out the one being judged', async () => {
    const ids = [];
    for (let n = 0; n < addressPolicy.failures + 1; n++)
      ids.push(
        await recordSignInAttempt(database.sql(), {
          email: 'c@x.jp',
          ip: '10.0.0.3',
          succeeded: false,
          at: at(0),
        }),
      );
    const [first, last] = [ids[0] ?? 0, ids.at(-1) ?? 0];
    expect((await signInThrottle(database.sql(), 'c@x.jp', '10.0.0.3', at(0), last)).kind).toBe('locked');
    for (const id of ids.slice(1)) await forgetSignInAttempt(database.sql(), id);
    expect(await signInThrottle(database.sql(), 'c@x.jp', '10.0.0.3', at(0), first)).toEqual({
      kind: 'open',
    });
    await markSignInSucceeded(database.sql(), first);
    expect((await signInLocks(database.sql(), ['c@x.jp'], at(0))).size).toBe(0);
  });

  it('holds back an IP that fails across many addresses', async () => {
    for (let n = 0; n < ipPolicy.failures; n++) await fail(`guess${n}@x.jp`, n * 0.1, '10.9.9.9');
    const throttle = await signInThrottle(database.sql(), 'fresh@x.jp', '10.9.9.9', at(3));
    expect(throttle).toEqual({ kind: 'ip-throttled', until: at(15) });
    expect(await signInThrottle(database.sql(), 'fresh@x.jp', '10.1.1.1', at(3))).toEqual({ kind: 'open' });
  });
});
