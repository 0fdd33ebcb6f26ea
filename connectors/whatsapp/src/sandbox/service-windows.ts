import { randomBytes } from 'node:crypto';
import { DAY_MS } from './clock.js';

const freeEntryPointMs = 3 * DAY_MS;

export interface ConversationWindow {
  id: string;
  originType: string;
  expiresAtMs: number;
}

/**
 * Per business number and customer: the 24-hour customer service window (opened by each inbound
 * message; outbound messages do not extend it), the 72-hour free entry point window of a
 * click-to-WhatsApp ad, and the conversation ids statuses report.
 */
export class ServiceWindows {
  private readonly lastInbound = new Map<string, number>();
  private readonly adReferral = new Map<string, number>();
  private readonly conversations = new Map<string, ConversationWindow>();

  recordInbound(phoneNumberId: string, waId: string, atMs: number, fromAd: boolean): void {
    const key = pairKey(phoneNumberId, waId);
    this.lastInbound.set(key, atMs);
    if (fromAd) this.adReferral.set(key, atMs);
  }

  /** When the customer service window closes; undefined if the customer never wrote. */
  serviceWindowEnd(phoneNumberId: string, waId: string): number | undefined {
    const last = this.lastInbound.get(pairKey(phoneNumberId, waId));
    return last === undefined ? undefined : last + DAY_MS;
  }

  freeEntryPointEnd(phoneNumberId: string, waId: string): number | undefined {
    const referral = this.adReferral.get(pairKey(phoneNumberId, waId));
    return referral === undefined ? undefined : referral + freeEntryPointMs;
  }

  /** The conversation of this origin, reused while it lasts, else a new one ending at `expiresAtMs`. */
  conversation(
    phoneNumberId: string,
    waId: string,
    originType: string,
    nowMs: number,
    expiresAtMs: number,
  ): ConversationWindow {
    const key = `${pairKey(phoneNumberId, waId)}:${originType}`;
    const current = this.conversations.get(key);
    if (current && current.expiresAtMs > nowMs) return current;
    const created = { id: randomBytes(16).toString('hex'), originType, expiresAtMs };
    this.conversations.set(key, created);
    return created;
  }

  /** The customer changed phone number: their windows and conversations follow them. */
  renameCustomer(waId: string, newWaId: string): void {
    for (const map of [this.lastInbound, this.adReferral, this.conversations] as Map<string, unknown>[]) {
      for (const [key, value] of [...map]) {
        const { phoneNumberId, waId: customer, rest } = splitPairKey(key);
        if (customer !== waId) continue;
        map.delete(key);
        map.set([pairKey(phoneNumberId, newWaId), ...rest].join(':'), value);
      }
    }
  }
}

export function pairKey(phoneNumberId: string, waId: string): string {
  return `${phoneNumberId}:${waId}`;
}

/** A key `pairKey` made, or one it begins (`<pair key>:<origin type>`), taken apart. */
function splitPairKey(key: string): { phoneNumberId: string; waId: string | undefined; rest: string[] } {
  const [phoneNumberId = '', waId, ...rest] = key.split(':');
  return { phoneNumberId, waId, rest };
}
