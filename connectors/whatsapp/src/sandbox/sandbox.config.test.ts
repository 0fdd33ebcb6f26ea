import { describe, expect, it } from 'vitest';
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
    expect(parseSandboxConfig(required)).toEqual({
      port: 3100,
      host: '127.0.0.1',
      webhookUrl: required.SANDBOX_WEBHOOK_URL,
      appSecret: 'a',
      accessToken: 't',
      phoneNumberId: '100000000000001',
      displayPhoneNumber: '+1 555 0100',
      businessAccountId: '100000000000000',
      statusDelaysMs: { sent: 100, delivered: 300, read: 1000 },
    });
  });

  it('reads every variable', () => {
    const config = parseSandboxConfig({
      ...required,
      SANDBOX_PORT: '0',
      SANDBOX_HOST: '0.0.0.0',
      SANDBOX_STATUS_DELAYS_MS: '5, 10,20',
      WHATSAPP_PHONE_NUMBER_ID: '42',
    });
    expect(config).toMatchObject({
      port: 0,
      host: '0.0.0.0',
      phoneNumberId: '42',
      statusDelaysMs: { sent: 5, delivered: 10, read: 20 },
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
    });
    expect(bad.issues.map((issue) => issue.variable).sort()).toEqual([
      'SANDBOX_PORT',
      'SANDBOX_STATUS_DELAYS_MS',
      'SANDBOX_WEBHOOK_URL',
    ]);
    expect(bad.message).toContain('SANDBOX_STATUS_DELAYS_MS');
    expect(configError({ ...required, SANDBOX_STATUS_DELAYS_MS: '300,100,1000' }).issues[0]?.variable).toBe(
      'SANDBOX_STATUS_DELAYS_MS',
    );
  });
});
