import { randomBytes } from 'node:crypto';
import type { INestApplicationContext } from '@nestjs/common';
import { AccountConnector } from '../channels/account-connector.service.js';
import type { Database } from '../infrastructure/database/database.js';
import { createOrganisationWithAdmin, setupNeeded } from '../auth/set-up.usecase.js';

export interface DemoSeedOptions {
  adminEmail: string;
  whatsapp?: { accessToken: string; wabaId: string; phoneNumberId: string };
  telegram?: { botToken: string };
}

export type DemoSeedResult =
  | { created: true; organisationId: string; email: string; password: string; channelAccounts: string[] }
  | { created: false };

/**
 * `npm start` in sandbox mode: a demo organisation on the premium plan with its admin (the
 * password is made here and shown once) and the sandbox's first number and bot connected, so the
 * quick start's curl commands are answered at once. Does nothing once anybody can sign in.
 */
export async function seedDemo(
  context: INestApplicationContext,
  database: Database,
  options: DemoSeedOptions,
): Promise<DemoSeedResult> {
  if (!(await setupNeeded(database.sql()))) return { created: false };
  const password = randomBytes(12).toString('base64url');
  const { organisationId } = await createOrganisationWithAdmin(
    database,
    {
      organisationName: 'Parley Demo',
      name: 'Demo Admin',
      email: options.adminEmail,
      password,
      locale: 'ja',
    },
    'premium',
    { firstRun: true },
  );
  const operator = { organisationId, label: 'operator' } as const;
  const connector = context.get(AccountConnector);
  const channelAccounts: string[] = [];
  if (options.whatsapp) {
    const account = await connector.connectWhatsApp(operator, {
      ...options.whatsapp,
      callback: 'app-default',
    });
    channelAccounts.push(account.name);
  }
  if (options.telegram) {
    const account = await connector.connectTelegram(operator, options.telegram);
    channelAccounts.push(account.name);
  }
  return { created: true, organisationId, email: options.adminEmail, password, channelAccounts };
}
