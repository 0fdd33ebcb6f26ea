import { randomBytes, randomInt } from 'node:crypto';
import { timingSafeStringEqual } from '@parley/connector-sdk';
import type { SandboxSeed } from './seed.js';

export interface BusinessRecord {
  id: string;
  name: string;
}

export interface WabaRecord {
  id: string;
  name: string;
  businessId: string;
  /** Set while the app is subscribed to the WABA's webhooks. */
  subscription?: { overrideCallbackUri?: string };
}

export interface PhoneNumberRecord {
  id: string;
  wabaId: string;
  businessId: string;
  displayPhoneNumber: string;
  verifiedName: string;
  registered: boolean;
  /** The two-step verification PIN, once set. */
  pin?: string;
  /** Sandbox-clock times (ms) of register requests, for the 10 per 72 h limit. */
  registerAttempts: number[];
}

/** What an access token may act on: everything (the system user token) or one business's assets. */
export type Grant = { kind: 'system' } | { kind: 'business'; businessId: string };

/** The businesses, WABAs, phone numbers and access tokens the sandbox knows. */
export class Directory {
  readonly businesses = new Map<string, BusinessRecord>();
  readonly wabas = new Map<string, WabaRecord>();
  readonly numbers = new Map<string, PhoneNumberRecord>();
  private readonly issuedTokens = new Map<string, Grant>();

  constructor(
    seed: SandboxSeed,
    private readonly systemToken: string,
  ) {
    for (const business of seed.businesses) {
      this.businesses.set(business.id, { id: business.id, name: business.name });
      for (const waba of business.wabas) {
        this.wabas.set(waba.id, {
          id: waba.id,
          name: waba.name,
          businessId: business.id,
          ...(waba.subscribed ? { subscription: {} } : {}),
        });
        for (const number of waba.phoneNumbers) {
          this.numbers.set(number.id, {
            ...number,
            wabaId: waba.id,
            businessId: business.id,
            registerAttempts: [],
          });
        }
      }
    }
  }

  grantFor(token: string): Grant | undefined {
    if (timingSafeStringEqual(token, this.systemToken)) return { kind: 'system' };
    return this.issuedTokens.get(token);
  }

  /** A new business-scoped token, as the Embedded Signup code exchange returns. */
  issueToken(businessId: string): string {
    const token = `EAAS${randomBytes(48).toString('base64url')}`;
    this.issuedTokens.set(token, { kind: 'business', businessId });
    return token;
  }

  numbersOf(wabaId: string): PhoneNumberRecord[] {
    return [...this.numbers.values()].filter((number) => number.wabaId === wabaId);
  }

  wabasOf(businessId: string): WabaRecord[] {
    return [...this.wabas.values()].filter((waba) => waba.businessId === businessId);
  }

  /** A new business portfolio, as Embedded Signup creates one. */
  createBusiness(name: string): BusinessRecord {
    const business = { id: this.newId(), name };
    this.businesses.set(business.id, business);
    return business;
  }

  /** A new WhatsApp Business Account of a business, nobody subscribed to it yet. */
  createWaba(businessId: string, name: string): WabaRecord {
    const waba = { id: this.newId(), name, businessId };
    this.wabas.set(waba.id, waba);
    return waba;
  }

  /** A new, unregistered phone number of a WABA (it needs `POST /{phone-number-id}/register`). */
  addPhoneNumber(
    waba: WabaRecord,
    number: { displayPhoneNumber: string; verifiedName: string },
  ): PhoneNumberRecord {
    const record: PhoneNumberRecord = {
      ...number,
      id: this.newId(),
      wabaId: waba.id,
      businessId: waba.businessId,
      registered: false,
      registerAttempts: [],
    };
    this.numbers.set(record.id, record);
    return record;
  }

  /** A 15-digit id no business, WABA or number of the directory has. */
  private newId(): string {
    for (;;) {
      const id = String(randomInt(500_000_000_000_000, 600_000_000_000_000));
      if (!this.businesses.has(id) && !this.wabas.has(id) && !this.numbers.has(id)) return id;
    }
  }
}

export function covers(grant: Grant, businessId: string): boolean {
  return grant.kind === 'system' || grant.businessId === businessId;
}
