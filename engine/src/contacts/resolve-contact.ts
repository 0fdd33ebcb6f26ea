import { randomUUID } from 'node:crypto';
import type { Contact as PlatformContact, ContactIdentityEvent } from '@parley/connector-sdk';
import type { Logger } from 'pino';
import type { Sql } from '../infrastructure/database/database.js';

export interface AccountScope {
  id: string;
  organisationId: string;
}

function byPlatformId(sql: Sql, account: AccountScope, platformId: string | undefined) {
  if (platformId === undefined) return Promise.resolve(undefined);
  return sql
    .selectFrom('Contact')
    .select(['id', 'platformId', 'userId', 'parentUserId', 'username', 'name'])
    .where('channelAccount', '=', account.id)
    .where('platformId', '=', platformId)
    .executeTakeFirst();
}

function byUserId(sql: Sql, account: AccountScope, userId: string | undefined) {
  if (userId === undefined) return Promise.resolve(undefined);
  return sql
    .selectFrom('Contact')
    .select(['id', 'platformId', 'userId', 'parentUserId', 'username', 'name'])
    .where('channelAccount', '=', account.id)
    .where('userId', '=', userId)
    .executeTakeFirst();
}

/**
 * The contact a message is from, by every identity the platform gave: found by its business-scoped
 * user id or by its platform id (phone), completed with whatever identity is new, or created.
 * The same person seen with both ids is one contact. When the two ids name two different contacts
 * Parley does not merge them on a guess: the user id wins and the conflict is logged.
 */
export async function resolveContact(
  sql: Sql,
  account: AccountScope,
  contact: PlatformContact,
  now: Date,
  logger: Logger,
): Promise<string> {
  const [withUserId, withPlatformId] = await Promise.all([
    byUserId(sql, account, contact.userId),
    byPlatformId(sql, account, contact.id),
  ]);
  if (withUserId && withPlatformId && withUserId.id !== withPlatformId.id)
    logger.warn(
      {
        event: 'contact_identity_conflict',
        channelAccountId: account.id,
        contactIds: [withUserId.id, withPlatformId.id],
      },
      'one person appears as two contacts; kept apart',
    );
  const existing = withUserId ?? withPlatformId;
  if (existing) {
    const changes = {
      // An identity is added only where the contact lacks it and no other contact holds it.
      ...(existing.platformId == null && contact.id !== undefined && !withPlatformId
        ? { platformId: contact.id }
        : {}),
      ...(existing.userId == null && contact.userId !== undefined && !withUserId
        ? { userId: contact.userId }
        : {}),
      ...(contact.parentUserId === undefined || contact.parentUserId === existing.parentUserId
        ? {}
        : { parentUserId: contact.parentUserId }),
      ...(contact.username === undefined || contact.username === existing.username
        ? {}
        : { username: contact.username }),
      ...(contact.name === undefined || contact.name === existing.name ? {} : { name: contact.name }),
    };
    // Most messages come from a contact exactly as it is stored: nothing to write then.
    if (Object.keys(changes).length > 0)
      await sql
        .updateTable('Contact')
        .set({ ...changes, updatedAt: now })
        .where('id', '=', existing.id)
        .execute();
    return existing.id;
  }
  await sql
    .insertInto('Contact')
    .values({
      id: randomUUID(),
      organisation: account.organisationId,
      channelAccount: account.id,
      platformId: contact.id ?? null,
      userId: contact.userId ?? null,
      parentUserId: contact.parentUserId ?? null,
      username: contact.username ?? null,
      name: contact.name ?? null,
      createdAt: now,
      updatedAt: now,
    })
    .onConflict((conflict) => conflict.doNothing())
    .execute();
  const created =
    (await byUserId(sql, account, contact.userId)) ?? (await byPlatformId(sql, account, contact.id));
  if (!created) throw new Error('a contact vanished during intake');
  return created.id;
}

/**
 * The platform says a person's identity changed: the contact known by the previous identity takes
 * the new one, so their conversation carries on instead of a new contact appearing.
 */
export async function applyIdentityChange(
  sql: Sql,
  account: AccountScope,
  event: ContactIdentityEvent,
  now: Date,
  logger: Logger,
): Promise<boolean> {
  const known =
    (await byUserId(sql, account, event.previous.userId)) ??
    (await byPlatformId(sql, account, event.previous.id));
  if (!known) return false;
  const takenUserId = event.current.userId ? await byUserId(sql, account, event.current.userId) : undefined;
  const takenPlatformId = event.current.id ? await byPlatformId(sql, account, event.current.id) : undefined;
  if ((takenUserId && takenUserId.id !== known.id) || (takenPlatformId && takenPlatformId.id !== known.id)) {
    logger.warn(
      { event: 'contact_identity_conflict', channelAccountId: account.id, contactId: known.id },
      'the new identity already belongs to another contact; kept apart',
    );
    return false;
  }
  await sql
    .updateTable('Contact')
    .set({
      ...(event.current.userId === undefined ? {} : { userId: event.current.userId }),
      ...(event.current.id === undefined ? {} : { platformId: event.current.id }),
      updatedAt: now,
    })
    .where('id', '=', known.id)
    .execute();
  return true;
}
