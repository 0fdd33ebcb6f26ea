import { describe, expect, it } from 'vitest';
import { parseConfig } from '../infrastructure/config/config.schema.js';
import { windowPolicy, windowsAfter } from './window-policy.js';

const hour = 60 * 60 * 1000;

describe('windowPolicy', () => {
  it('takes the window from the connector manifest, and none on Telegram', () => {
    expect(windowPolicy('whatsapp', parseConfig({}))).toEqual({
      serviceMs: 24 * hour,
      entryPointMs: 72 * hour,
    });
    expect(windowPolicy('telegram', parseConfig({})).serviceMs).toBeNull();
  });

  it('shortens both windows for demos', () => {
    expect(windowPolicy('whatsapp', parseConfig({ CUSTOMER_SERVICE_WINDOW_MS: '60000' }))).toEqual({
      serviceMs: 60_000,
      entryPointMs: 60_000,
    });
  });
});

describe('windowsAfter', () => {
  const policy = { serviceMs: 24 * hour, entryPointMs: 72 * hour };
  const sentAt = new Date('2026-12-01T00:00:00Z');

  it('runs 24 hours from the message, never shortening a later end', () => {
    const after = windowsAfter(policy, { expiresAt: null, entryPointExpiresAt: null }, sentAt, false);
    expect(after).toEqual({ expiresAt: new Date('2026-12-02T00:00:00Z'), entryPointExpiresAt: null });
    const late = new Date('2026-12-03T00:00:00Z');
    expect(
      windowsAfter(policy, { expiresAt: late, entryPointExpiresAt: null }, sentAt, false).expiresAt,
    ).toBe(late);
  });

  it('opens the 72-hour free entry-point window for a message from an ad, beside the 24-hour window', () => {
    const after = windowsAfter(policy, { expiresAt: null, entryPointExpiresAt: null }, sentAt, true);
    expect(after).toEqual({
      expiresAt: new Date('2026-12-02T00:00:00Z'),
      entryPointExpiresAt: new Date('2026-12-04T00:00:00Z'),
    });
  });

  it('has no window on a channel without one', () => {
    const telegram = { serviceMs: null, entryPointMs: 72 * hour };
    expect(
      windowsAfter(telegram, { expiresAt: null, entryPointExpiresAt: null }, sentAt, false).expiresAt,
    ).toBeNull();
  });
});
