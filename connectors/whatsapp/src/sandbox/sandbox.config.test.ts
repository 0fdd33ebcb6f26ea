import { describe, expect, it } from 'vitest';
import { defaultSeed } from './onboarding/seed.js';
import { parseSandboxConfig, SandboxConfigError } from './sandbox.config.js';

const required = {
  SANDBOX_WEBHOOK_URL: 'http://127.0.0.1:3000/webhooks/whatsapp',
  WHATSAPP_APP_SECRET: 'a',
  WHATSAPP_ACCESS_TOKEN: 't',
};

function configError(env: Record<string, string | undefined>): SandboxConfigError {
  try {
    parseSandboxConfig(env);
  } catch (error) {
    if (error instanceof SandboxConfigError) return error;
    throw error;
  }
  throw new Error('expected a SandboxConfigError');
}

describe('parseSandboxConfig', () => {
  it('fills in the defaults', () => {
    const config = parseSandboxConfig(required);
    expect(config).toEqual({
      port: 3100,
      host: '127.0.0.1',
      webhookUrl: required.SANDBOX_WEBHOOK_URL,
      appSecret: 'a',
      accessToken: 't',
      phoneNumberId: '100000000000001',
      displayPhoneNumber: '+1 555 0100',
      businessAccountId: '100000000000000',
      appId: '100000000000900',
      statusDelaysMs: { sent: 100, delivered: 300, read: 1000 },
      throughputPerSecond: 80,
      pairRate: { burst: 6, windowMs: 6000 },
      templateReviewMs: 5000,
      templateReviewWebhooks: true,
      mediaUrlTtlMs: 300_000,
      assumeOpenWindow: false,
      seed: defaultSeed(config),
    });
  });

  it('seeds two businesses, three WABAs and four numbers around the configured one', () => {
    const { seed } = parseSandboxConfig({
      ...required,
      WHATSAPP_PHONE_NUMBER_ID: '42',
      WHATSAPP_BUSINESS_ACCOUNT_ID: '7',
    });
    const wabas = seed.businesses.flatMap((business) => business.wabas);
    const numbers = wabas.flatMap((waba) => waba.phoneNumbers);
    expect([seed.businesses.length, wabas.length, numbers.length]).toEqual([2, 3, 4]);
    expect(wabas[0]).toMatchObject({
      id: '7',
      subscribed: true,
      phoneNumbers: [{ id: '42', registered: true }, {}],
    });
    expect(numbers.filter((number) => number.registered)).toHaveLength(1);
  });

  it('reads every variable', () => {
    const seed = {
      businesses: [
        {
          id: '9',
          name: 'Solo',
          wabas: [
            {
              id: '8',
              name: 'Solo',
              phoneNumbers: [{ id: '42', displayPhoneNumber: '+1 555 0142', verifiedName: 'Solo' }],
            },
          ],
        },
      ],
    };
    const config = parseSandboxConfig({
      ...required,
      SANDBOX_PORT: '0',
      SANDBOX_HOST: '0.0.0.0',
      SANDBOX_STATUS_DELAYS_MS: '5, 10,20',
      WHATSAPP_PHONE_NUMBER_ID: '42',
      WHATSAPP_BUSINESS_ACCOUNT_ID: '8',
      WHATSAPP_APP_ID: '555',
      SANDBOX_THROUGHPUT_PER_SECOND: '1000',
      SANDBOX_PAIR_RATE_BURST: '100',
      SANDBOX_PAIR_RATE_WINDOW_MS: '1000',
      SANDBOX_TEMPLATE_REVIEW_MS: '0',
      SANDBOX_TEMPLATE_REVIEW_WEBHOOKS: 'false',
      SANDBOX_MEDIA_URL_TTL_MS: '1000',
      SANDBOX_ASSUME_OPEN_WINDOW: 'true',
      SANDBOX_SEED: JSON.stringify(seed),
    });
    expect(config).toMatchObject({
      port: 0,
      host: '0.0.0.0',
      phoneNumberId: '42',
      appId: '555',
      statusDelaysMs: { sent: 5, delivered: 10, read: 20 },
      throughputPerSecond: 1000,
      pairRate: { burst: 100, windowMs: 1000 },
      templateReviewMs: 0,
      templateReviewWebhooks: false,
      mediaUrlTtlMs: 1000,
      assumeOpenWindow: true,
      seed: {
        businesses: [
          { id: '9', wabas: [{ id: '8', subscribed: false, phoneNumbers: [{ registered: false }] }] },
        ],
      },
    });
  });

  it('names each missing or bad variable (empty counts as missing)', () => {
    expect(
      configError({ WHATSAPP_APP_SECRET: '' })
        .issues.map((issue) => issue.variable)
        .sort(),
    ).toEqual(['SANDBOX_WEBHOOK_URL', 'WHATSAPP_ACCESS_TOKEN', 'WHATSAPP_APP_SECRET']);
    const bad = configError({
      ...required,
      SANDBOX_PORT: '70000',
      SANDBOX_STATUS_DELAYS_MS: '1,2',
      SANDBOX_WEBHOOK_URL: 'nope',
      SANDBOX_THROUGHPUT_PER_SECOND: '0',
      SANDBOX_PAIR_RATE_BURST: 'many',
      SANDBOX_SEED: '{not json',
      SANDBOX_ASSUME_OPEN_WINDOW: 'maybe',
      SANDBOX_TEMPLATE_REVIEW_WEBHOOKS: 'sometimes',
    });
    expect(bad.issues.map((issue) => issue.variable).sort()).toEqual([
      'SANDBOX_ASSUME_OPEN_WINDOW',
      'SANDBOX_PAIR_RATE_BURST',
      'SANDBOX_PORT',
      'SANDBOX_SEED',
      'SANDBOX_STATUS_DELAYS_MS',
      'SANDBOX_TEMPLATE_REVIEW_WEBHOOKS',
      'SANDBOX_THROUGHPUT_PER_SECOND',
      'SANDBOX_WEBHOOK_URL',
    ]);
    expect(bad.message).toContain('SANDBOX_STATUS_DELAYS_MS');
    expect(configError({ ...required, SANDBOX_STATUS_DELAYS_MS: '300,100,1000' }).issues[0]?.variable).toBe(
      'SANDBOX_STATUS_DELAYS_MS',
    );
  });

  it('refuses a seed without the configured number', () => {
    const seed = {
      businesses: [
        {
          id: '9',
          name: 'B',
          wabas: [
            { id: '8', name: 'W', phoneNumbers: [{ id: '5', displayPhoneNumber: '1', verifiedName: 'V' }] },
          ],
        },
      ],
    };
    const error = configError({
      ...required,
      WHATSAPP_BUSINESS_ACCOUNT_ID: '8',
      SANDBOX_SEED: JSON.stringify(seed),
    });
    expect(error.issues).toEqual([
      { variable: 'SANDBOX_SEED', message: expect.stringContaining('WHATSAPP_PHONE_NUMBER_ID') },
    ]);
    const duplicate = { businesses: [{ ...seed.businesses[0], id: '8' }] };
    expect(configError({ ...required, SANDBOX_SEED: JSON.stringify(duplicate) }).message).toContain(
      'used twice',
    );
  });
});
