import { describe, expect, it } from 'vitest';
import { ConfigError, parseConfig, redactedConfig } from './config.schema.js';

const whatsapp = {
  WHATSAPP_APP_ID: '100000000000900',
  WHATSAPP_APP_SECRET: 'secret',
  WHATSAPP_VERIFY_TOKEN: 'verify',
};

describe('parseConfig', () => {
  it('applies defaults: SQLite in the data folder, every role, local Temporal, this host as the public URL', () => {
    const config = parseConfig({ DATA_DIR: '/var/parley' });
    expect(config.DATABASE_URL).toBe('sqlite:/var/parley/parley.db');
    expect(config.PARLEY_ROLES).toEqual(['api', 'worker', 'scheduler']);
    expect(config.TEMPORAL_ADDRESS).toBe('127.0.0.1:7233');
    expect(config.PORT).toBe(3000);
    expect(config.PUBLIC_URL).toBe('http://127.0.0.1:3000');
    expect(config.PARLEY_DEFAULT_PLAN).toBe('free');
    expect(config.WHATSAPP_SIGNUP_URL).toBe('https://www.facebook.com/v23.0/dialog/oauth');
  });

  it('needs no WhatsApp credentials: a Telegram-only install starts', () => {
    expect(parseConfig({}).WHATSAPP_APP_SECRET).toBeUndefined();
  });

  it('names every missing or malformed variable', () => {
    const attempt = () =>
      parseConfig({ PORT: 'eighty', TEMPORAL_ADDRESS: 'nohost', PARLEY_DEFAULT_PLAN: 'gold' });
    expect(attempt).toThrow(ConfigError);
    expect(attempt).toThrow(/PORT: /);
    expect(attempt).toThrow(/TEMPORAL_ADDRESS: must be host:port/);
    expect(attempt).toThrow(/PARLEY_DEFAULT_PLAN: /);
  });

  it('wants the whole Meta app once WhatsApp is configured', () => {
    const attempt = () => parseConfig({ WHATSAPP_APP_SECRET: 'x' });
    expect(attempt).toThrow(/WHATSAPP_VERIFY_TOKEN: is required when WHATSAPP_APP_SECRET is set/);
    expect(attempt).toThrow(/WHATSAPP_APP_ID: is required when WHATSAPP_APP_SECRET is set/);
    expect(parseConfig(whatsapp).WHATSAPP_APP_ID).toBe('100000000000900');
  });

  it('asks production for a key and a public URL instead of generating them', () => {
    const attempt = () => parseConfig({ NODE_ENV: 'production' });
    expect(attempt).toThrow(/PARLEY_ENCRYPTION_KEY: is required in production/);
    expect(attempt).toThrow(/PUBLIC_URL: is required in production/);
    expect(() => parseConfig({ PARLEY_ENCRYPTION_KEY: 'c2hvcnQ=' })).toThrow(
      /PARLEY_ENCRYPTION_KEY: must be 32 bytes/,
    );
  });

  it('believes X-Forwarded-For only from the proxies named in TRUST_PROXY', () => {
    expect(parseConfig({}).TRUST_PROXY).toBeUndefined();
    expect(parseConfig({ TRUST_PROXY: '1' }).TRUST_PROXY).toBe(1);
    expect(parseConfig({ TRUST_PROXY: 'loopback, 10.0.0.0/8' }).TRUST_PROXY).toEqual([
      'loopback',
      '10.0.0.0/8',
    ]);
    expect(() => parseConfig({ TRUST_PROXY: 'any proxy' })).toThrow(/TRUST_PROXY: must be a number of hops/);
  });

  it('accepts PostgreSQL and rejects unknown databases and roles', () => {
    expect(parseConfig({ DATABASE_URL: 'postgres://p@db/parley' }).DATABASE_URL).toBe(
      'postgres://p@db/parley',
    );
    expect(() => parseConfig({ DATABASE_URL: 'mysql://x' })).toThrow(/DATABASE_URL/);
    expect(() => parseConfig({ PARLEY_ROLES: 'api,cron' })).toThrow(/PARLEY_ROLES/);
    expect(() => parseConfig({ PARLEY_ROLES: 'worker' })).toThrow(
      /PARLEY_ROLES: splitting the roles .* needs PostgreSQL/,
    );
    expect(
      parseConfig({ PARLEY_ROLES: 'worker', DATABASE_URL: 'postgres://p@db/parley' }).PARLEY_ROLES,
    ).toEqual(['worker']);
  });

  it('treats empty variables as unset', () => {
    expect(parseConfig({ WHATSAPP_APP_SECRET: '', SMTP_URL: '' }).SMTP_URL).toBeUndefined();
  });

  it('never shows a secret in the configuration it logs', () => {
    const shown = redactedConfig(
      parseConfig({ ...whatsapp, SMTP_URL: 'smtp://u:p@mail:25', DATA_DIR: '/var/parley' }),
    );
    expect(shown).toMatchObject({
      WHATSAPP_APP_SECRET: '[secret]',
      WHATSAPP_VERIFY_TOKEN: '[secret]',
      SMTP_URL: '[secret]',
      DATA_DIR: '/var/parley',
    });
    expect(JSON.stringify(shown)).not.toMatch(/"secret"|"verify"/);
    const withPassword = redactedConfig(parseConfig({ DATABASE_URL: 'postgres://parley:hunter2@db/parley' }));
    expect(withPassword.DATABASE_URL).toBe('postgres://parley:[secret]@db/parley');
  });
});
