import { freeEntryPointWindowMs, type WindowPolicy } from '@parley/workflows';
import { channels, type ConnectorId } from '../channels/connectors.js';
import type { AppConfig } from '../infrastructure/config/config.schema.js';

/**
 * How long a channel's windows last: its connector manifest's customer-service window (none on
 * Telegram) and WhatsApp's 72-hour free entry-point window, both shortened by
 * CUSTOMER_SERVICE_WINDOW_MS for demos.
 */
export function windowPolicy(channel: ConnectorId, config: AppConfig): WindowPolicy {
  const hours = channels[channel].connector.manifest.capabilities.customerServiceWindowHours;
  const demo = config.CUSTOMER_SERVICE_WINDOW_MS;
  return {
    serviceMs: hours === null ? null : (demo ?? hours * 60 * 60 * 1000),
    entryPointMs: demo ?? freeEntryPointWindowMs,
  };
}

export interface Windows {
  expiresAt: Date | null;
  entryPointExpiresAt: Date | null;
}

/**
 * The windows after a customer's message sent at `sentAt`: the customer-service window runs 24
 * hours from it (outbound messages never extend it), and a message from an ad opens the free
 * entry-point window (72 hours in which every message is free; free-form still needs the
 * customer-service window).
 */
export function windowsAfter(
  policy: WindowPolicy,
  current: Windows,
  sentAt: Date,
  referral: boolean,
): Windows {
  const later = (a: Date | null, b: number) => (a && a.getTime() >= b ? a : new Date(b));
  return {
    expiresAt:
      policy.serviceMs === null ? null : later(current.expiresAt, sentAt.getTime() + policy.serviceMs),
    entryPointExpiresAt: referral
      ? later(current.entryPointExpiresAt, sentAt.getTime() + policy.entryPointMs)
      : current.entryPointExpiresAt,
  };
}
