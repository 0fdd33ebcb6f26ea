import { createHash } from 'node:crypto';
import { countryOfWaId } from './calling-codes.js';

/** What the sandbox knows of a customer beyond their messages. */
export interface CustomerProfile {
  /** Their WhatsApp username, once they gave one. */
  username?: string;
  /** Whether they hide their phone number from businesses (needs a username). */
  hidePhoneNumber: boolean;
  /** Bumped when their BSUIDs change; part of what the BSUIDs are derived from. */
  generation: number;
}

/**
 * Customers' usernames and business-scoped user ids. A BSUID is stable per business portfolio and
 * customer: `<country>.<20 digits>`, the digits a hash of the business id, the wa_id and the
 * customer's generation, the country read from the wa_id's calling code (`US` when unknown). A
 * BSUID resolves back to its customer only within its business, and only until it changes.
 */
export class CustomerIdentities {
  private readonly profiles = new Map<string, CustomerProfile>();
  private readonly issued = new Map<string, string>();

  profile(waId: string): Readonly<CustomerProfile> {
    return this.profiles.get(waId) ?? { hidePhoneNumber: false, generation: 0 };
  }

  /**
   * The profile after a message that may give a username or the hide-number choice (each kept for
   * later messages), or why it cannot be: hiding the number needs a username. `save` keeps it.
   */
  next(
    waId: string,
    change: { username?: string | undefined; hidePhoneNumber?: boolean | undefined },
  ): CustomerProfile | string {
    const next = { ...this.profile(waId) };
    if (change.username !== undefined) next.username = change.username;
    if (change.hidePhoneNumber !== undefined) next.hidePhoneNumber = change.hidePhoneNumber;
    if (next.hidePhoneNumber && next.username === undefined)
      return 'a customer needs a username to hide their phone number';
    return next;
  }

  save(waId: string, profile: CustomerProfile): void {
    this.profiles.set(waId, profile);
  }

  /** The customer's BSUID at this business portfolio. */
  userId(businessId: string, waId: string): string {
    const { generation } = this.profile(waId);
    const hash = createHash('sha256').update(`${businessId}:${waId}:${generation}`).digest();
    const digits = hash.readBigUInt64BE(0).toString().padStart(20, '0');
    const userId = `${countryOfWaId(waId)}.${digits}`;
    this.issued.set(issuedKey(businessId, userId), waId);
    return userId;
  }

  /** The wa_id of the customer a BSUID names at this business, if it is a current one. */
  resolve(businessId: string, userId: string): string | undefined {
    return this.issued.get(issuedKey(businessId, userId));
  }

  /** The customer's BSUIDs change everywhere; the old ones stop resolving. */
  changeUserId(waId: string): void {
    this.forget(waId);
    this.profiles.set(waId, { ...this.profile(waId), generation: this.profile(waId).generation + 1 });
  }

  /** The customer moves to a new phone number, keeping username and choices; new BSUIDs follow. */
  changeNumber(waId: string, newWaId: string): void {
    this.forget(waId);
    this.profiles.set(newWaId, this.profile(waId));
    this.profiles.delete(waId);
  }

  private forget(waId: string): void {
    for (const [key, owner] of this.issued) if (owner === waId) this.issued.delete(key);
  }
}

function issuedKey(businessId: string, userId: string): string {
  return `${businessId} ${userId}`;
}
