import { describe, expect, it } from 'vitest';
import { ConfigError, parseConfig, redactedConfig } from './config.schema.js';

const valid = {
  WHATSAPP_ACCESS_TOKEN: 'token',
  WHATSAPP_APP_SECRET: 'secret',
  WHATSAPP_VERIFY_TOKEN: 'verify',
  WHATSAPP_PHONE_NUMBER_ID: '100000000000001',
};

describe('parseConfig', () => {
  it('applies defaults: SQLite in the data folder, every role, local Temporal', () => {
    const config = parseConfig({ ...valid, DATA_DIR: '/var/parley' });
    expect(config.DATABASE_URL).toBe('sqlite:/var/parley/parley.db');
    expect(config.PARLEY_ROLES).toEqual(['api', 'worker', 'scheduler']);
    expect(config.TEMPORAL_ADDRESS).toBe('127.0.0.1:7233');
    expect(config.PORT).toBe(3000);
  });

  it('names every missing or malformed variable', () => {
    const attempt = () =>
      parseConfig({ WHATSAPP_APP_SECRET: 'x', PORT: 'eighty', TEMPORAL_ADDRESS: 'nohost' });
    expect(attempt).toThrow(ConfigError);
    expect(attempt).toThrow(/WHATSAPP_ACCESS_TOKEN: is missing/);
    expect(attempt).toThrow(/WHATSAPP_PHONE_NUMBER_ID: is missing/);
    expect(attempt).toThrow(/PORT: /);
    expect(attempt).toThrow(/TEMPORAL_ADDRESS: must be host:port/);
  });

  it('accepts PostgreSQL and rejects unknown databases and roles', () => {
    expect(parseConfig({ ...valid, DATABASE_URL: 'postgres://p@db/parley' }).DATABASE_URL).toBe(
      'postgres://p@db/parley',
    );
    expect(() => parseConfig({ ...valid, DATABASE_URL: 'mysql://x' })).toThrow(/DATABASE_URL/);
    expect(() => parseConfig({ ...valid, PARLEY_ROLES: 'api,cron' })).toThrow(/PARLEY_ROLES/);
    expect(() => parseConfig({ ...valid, PARLEY_ROLES: 'worker' })).toThrow(
      /PARLEY_ROLES: splitting the roles .* needs PostgreSQL/,
    );
    expect(
      parseConfig({ ...valid, PARLEY_ROLES: 'worker', DATABASE_URL: 'postgres://p@db/parley' }).PARLEY_ROLES,
    ).toEqual(['worker']);
  });

  it('takes Telegram only with its webhook secret', () => {
    const token = '123456789:AAHdqTcvCH1vGWJxfSeofSAs0K5PALDsaw1';
    expect(() => parseConfig({ ...valid, TELEGRAM_BOT_TOKEN: token })).toThrow(
      /TELEGRAM_WEBHOOK_SECRET: is required when TELEGRAM_BOT_TOKEN is set/,
    );
    expect(() => parseConfig({ ...valid, TELEGRAM_BOT_TOKEN: 'not-a-token' })).toThrow(
      /TELEGRAM_BOT_TOKEN: must look like/,
    );
    expect(
      parseConfig({ ...valid, TELEGRAM_BOT_TOKEN: token, TELEGRAM_WEBHOOK_SECRET: 's3cret' })
        .TELEGRAM_BOT_TOKEN,
    ).toBe(token);
  });

  it('never shows a secret in the configuration it logs', () => {
    const shown = redactedConfig(parseConfig({ ...valid, DATA_DIR: '/var/parley' }));
    expect(shown).toMatchObject({
      WHATSAPP_ACCESS_TOKEN: '[secret]',
      WHATSAPP_APP_SECRET: '[secret]',
      DATA_DIR: '/var/parley',
    });
    expect(JSON.stringify(shown)).not.toContain('token');
    const withPassword = redactedConfig(
      parseConfig({ ...valid, DATABASE_URL: 'postgres://parley:hunter2@db/parley' }),
    );
    expect(withPassword.DATABASE_URL).toBe('postgres://parley:[secret]@db/parley');
  });
});
