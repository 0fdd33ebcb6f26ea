import { randomUUID } from 'node:crypto';
import { normaliseTag } from '../../contacts/contact-tags.js';
import type { Sql } from '../../infrastructure/database/database.js';

/** A tag node's effect on the contact, idempotently (a tag is kept once per contact). */
export async function applyTag(
  sql: Sql,
  organisationId: string,
  contactId: string,
  effect: { action: 'add' | 'remove'; tag: string },
): Promise<void> {
  const tag = normaliseTag(effect.tag);
  if (effect.action === 'remove') {
    await sql.deleteFrom('ContactTag').where('contact', '=', contactId).where('tag', '=', tag).execute();
    return;
  }
  await sql
    .insertInto('ContactTag')
    .values({
      id: randomUUID(),
      organisation: organisationId,
      contact: contactId,
      tag,
      createdAt: new Date(),
    })
    .onConflict((conflict) => conflict.columns(['contact', 'tag']).doNothing())
    .execute();
}
