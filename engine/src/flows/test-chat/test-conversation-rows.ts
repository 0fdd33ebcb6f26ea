import type { Logger } from 'pino';
import { insertConversation } from '../../contacts/insert-conversation.js';
import { resolveContact } from '../../contacts/resolve-contact.js';
import type { Sql } from '../../infrastructure/database/database.js';
import type { TestChatAccount } from './test-chat-account.js';
import type { TestCustomer } from './test-customer.js';

/** The test customer's conversation on an account, as the test chat decides on it. */
export interface TestConversation {
  id: string;
  activeFlowRun: string | null;
  assignedUser: string | null;
  team: string | null;
  status: string;
}

function conversationOf(sql: Sql, accountId: string, contactId: string) {
  return sql
    .selectFrom('Conversation')
    .select(['id', 'activeFlowRun', 'assignedUser', 'team', 'status'])
    .where('channelAccount', '=', accountId)
    .where('contact', '=', contactId)
    .executeTakeFirst();
}

/** The test customer's conversation on the account, or undefined before they first wrote there. */
export async function findTestConversation(
  sql: Sql,
  account: TestChatAccount,
  customer: TestCustomer,
): Promise<TestConversation | undefined> {
  const contact = await sql
    .selectFrom('Contact')
    .select('id')
    .where('channelAccount', '=', account.id)
    .where('platformId', '=', customer.waId)
    .executeTakeFirst();
  return contact && conversationOf(sql, account.id, contact.id);
}

/**
 * The test customer's conversation, made before their first message when they never wrote: the
 * contact by their number (intake completes it with the business-scoped id the webhook brings) and
 * the conversation as intake makes it, so that the test run claims it before the message arrives.
 */
export async function openTestConversation(
  sql: Sql,
  account: TestChatAccount,
  customer: TestCustomer,
  now: Date,
  logger: Logger,
): Promise<TestConversation> {
  const contactId = await resolveContact(
    sql,
    account,
    { id: customer.waId, name: customer.name },
    now,
    logger,
  );
  const existing = await conversationOf(sql, account.id, contactId);
  if (existing) return existing;
  await insertConversation(sql, { ...account, channel: 'whatsapp' }, contactId, now);
  const created = await conversationOf(sql, account.id, contactId);
  if (!created) throw new Error(`the test conversation of contact ${contactId} vanished`);
  return created;
}
