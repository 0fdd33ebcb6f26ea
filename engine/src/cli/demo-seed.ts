import { randomBytes } from 'node:crypto';
import type { INestApplicationContext } from '@nestjs/common';
import { updateAutomaticRepliesSchema } from '@parley/contracts';
import { AccountConnector } from '../channels/account-connector.service.js';
import { storeAutomaticReplies } from '../channels/automatic-replies/store-automatic-replies.js';
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
 * The demo's automatic replies: a greeting once per customer-service window (in Japanese), no away
 * message, weekday office hours in Tokyo, no fallback template.
 */
const demoAutomaticReplies = updateAutomaticRepliesSchema.parse({
  language: 'ja',
  greeting: {
    enabled: true,
    text: 'お問い合わせありがとうございます。担当者より順次ご返信いたします。',
  },
  away: { enabled: false, text: null },
  businessHours: {
    timeZone: 'Asia/Tokyo',
    weekly: [1, 2, 3, 4, 5].map((day) => ({ day, opens: '09:00', closes: '18:00' })),
    closedDates: [],
  },
  fallbackTemplate: null,
});

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
  const accountIds: string[] = [];
  if (options.whatsapp) {
    const account = await connector.connectWhatsApp(operator, {
      ...options.whatsapp,
      callback: 'app-default',
    });
    channelAccounts.push(account.name);
    accountIds.push(account.id);
  }
  if (options.telegram) {
    const account = await connector.connectTelegram(operator, options.telegram);
    channelAccounts.push(account.name);
    accountIds.push(account.id);
  }
  for (const accountId of accountIds)
    await database.transaction((sql) =>
      storeAutomaticReplies(sql, operator, accountId, demoAutomaticReplies),
    );
  return { created: true, organisationId, email: options.adminEmail, password, channelAccounts };
}
