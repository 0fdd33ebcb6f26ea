import { randomBytes, randomInt } from 'node:crypto';

export interface PhoneVerification {
  id: string;
  displayPhoneNumber: string;
  /** The 6-digit code "sent by SMS" (the page shows it, as there is no phone to send it to). */
  code: string;
  verified: boolean;
  /** Once a number was added with it. */
  used: boolean;
}

/** The codes Embedded Signup sends to verify a new phone number; each verifies one number once. */
export class PhoneVerifications {
  private readonly verifications = new Map<string, PhoneVerification>();

  start(displayPhoneNumber: string): PhoneVerification {
    const verification = {
      id: randomBytes(12).toString('base64url'),
      displayPhoneNumber,
      code: String(randomInt(100_000, 1_000_000)),
      verified: false,
      used: false,
    };
    this.verifications.set(verification.id, verification);
    return verification;
  }

  /** Checks the code typed in; a wrong one can be retried. */
  verify(id: string, code: string): PhoneVerification | 'unknown' | 'wrong_code' {
    const verification = this.verifications.get(id);
    if (!verification || verification.used) return 'unknown';
    if (verification.code !== code) return 'wrong_code';
    verification.verified = true;
    return verification;
  }

  /** A verified, unused verification, to add its number. */
  verified(id: string): PhoneVerification | undefined {
    const verification = this.verifications.get(id);
    return verification?.verified && !verification.used ? verification : undefined;
  }
}
