import { randomUUID } from 'node:crypto';
import type { PlanId, Role } from '@parley/contracts';
import { rolePermissions } from '@parley/contracts';
import type { Caller } from '../auth/caller.js';
import type { AccountRef } from '../channels/channel-directory.service.js';
import type { ConnectorId } from '../channels/connectors.js';
import type { Database } from '../infrastructure/database/database.js';

/** Rows the engine's tests start from: an organisation, its people, its channel accounts. */

export async function createOrganisation(database: Database, plan: PlanId = 'premium', name = 'Test Shop') {
  const id = randomUUID();
  const now = new Date();
  await database
    .sql()
    .insertInto('Organisation')
    .values({ id, name, plan, createdAt: now, updatedAt: now })
    .execute();
  return id;
}

export async function createUser(
  database: Database,
  organisationId: string,
  role: Role = 'admin',
  email = `${randomUUID().slice(0, 8)}@example.test`,
): Promise<Caller> {
  const id = randomUUID();
  const now = new Date();
  await database
    .sql()
    .insertInto('User')
    .values({
      id,
      organisation: organisationId,
      email,
      name: email.split('@')[0] ?? email,
      role,
      passwordHash: 'not-a-hash',
      status: 'active',
      locale: 'en',
      createdAt: now,
      updatedAt: now,
      lastSignInAt: null,
    })
    .execute();
  return {
    organisationId,
    userId: id,
    label: email,
    role,
    permissions: new Set(rolePermissions[role]),
    via: { kind: 'session', sessionId: randomUUID(), csrfToken: 'csrf' },
  };
}

export async function createAccount(
  database: Database,
  organisationId: string,
  options: {
    channel?: ConnectorId;
    platformAccountId?: string;
    parentAccountId?: string;
    enabled?: boolean;
    credentials?: string;
  } = {},
): Promise<AccountRef> {
  const id = randomUUID();
  const now = new Date();
  const account: AccountRef = {
    id,
    organisationId,
    channel: options.channel ?? 'whatsapp',
    platformAccountId: options.platformAccountId ?? '100000000000001',
    parentAccountId: options.parentAccountId ?? (options.channel === 'telegram' ? null : '100000000000000'),
    webhookKey: null,
    enabled: options.enabled ?? true,
    credentials: options.credentials ?? null,
  };
  await database
    .sql()
    .insertInto('ChannelAccount')
    .values({
      id,
      organisation: organisationId,
      channel: account.channel,
      name: `Account ${account.platformAccountId}`,
      platformAccountId: account.platformAccountId,
      parentAccountId: account.parentAccountId,
      details: {},
      credentials: account.credentials,
      webhookKey: null,
      enabled: account.enabled,
      connectedAt: now,
      connectedBy: null,
      disabledAt: null,
      disabledBy: null,
      disconnectedAt: null,
      createdAt: now,
      updatedAt: now,
    })
    .execute();
  return account;
}

/** A customer of the account and the conversation with them; the window open until `windowExpiresAt`. */
export async function createConversation(
  database: Database,
  account: AccountRef,
  options: { phone?: string; windowExpiresAt?: Date | null; entryPointExpiresAt?: Date | null } = {},
): Promise<{ conversationId: string; contactId: string }> {
  const now = new Date();
  const contactId = randomUUID();
  const conversationId = randomUUID();
  const sql = database.sql();
  await sql
    .insertInto('Contact')
    .values({
      id: contactId,
      organisation: account.organisationId,
      channelAccount: account.id,
      platformId: options.phone ?? '819012345678',
      userId: null,
      parentUserId: null,
      username: null,
      name: 'Customer',
      createdAt: now,
      updatedAt: now,
    })
    .execute();
  await sql
    .insertInto('Conversation')
    .values({
      id: conversationId,
      organisation: account.organisationId,
      channel: account.channel,
      channelAccount: account.id,
      contact: contactId,
      lastMessageAt: now,
      lastMessagePreview: null,
      lastInboundAt: now,
      windowExpiresAt:
        options.windowExpiresAt === undefined
          ? new Date(now.getTime() + 86_400_000)
          : options.windowExpiresAt,
      entryPointExpiresAt: options.entryPointExpiresAt ?? null,
      attentionCode: null,
      attentionMessage: null,
      attentionAt: null,
      createdAt: now,
      updatedAt: now,
    })
    .execute();
  return { conversationId, contactId };
}
