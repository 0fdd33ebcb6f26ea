import { randomBytes } from 'node:crypto';

export interface SignupCode {
  code: string;
  businessId: string;
  wabaId: string;
  phoneNumberId: string;
  expiresAtMs: number;
  used: boolean;
}

export type Redeemed =
  { ok: true; signup: SignupCode } | { ok: false; reason: 'unknown' | 'used' | 'expired' };

/** Authorization codes that Embedded Signup's popup would hand the browser; each works once, for 10 minutes. */
export class SignupCodes {
  private readonly codes = new Map<string, SignupCode>();
  static readonly lifetimeMs = 10 * 60 * 1000;

  issue(grant: Omit<SignupCode, 'code' | 'expiresAtMs' | 'used'>, nowMs: number): SignupCode {
    const signup = {
      ...grant,
      code: `AQ${randomBytes(32).toString('base64url')}`,
      expiresAtMs: nowMs + SignupCodes.lifetimeMs,
      used: false,
    };
    this.codes.set(signup.code, signup);
    return signup;
  }

  redeem(code: string, nowMs: number): Redeemed {
    const signup = this.codes.get(code);
    if (!signup) return { ok: false, reason: 'unknown' };
    if (signup.used) return { ok: false, reason: 'used' };
    if (nowMs > signup.expiresAtMs) return { ok: false, reason: 'expired' };
    signup.used = true;
    return { ok: true, signup };
  }
}
