import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import type { ContactProfile, Note, createNoteSchema, updateContactSchema } from '@parley/contracts';
import type { z } from 'zod';
import type { Caller } from '../auth/caller.js';
import { Database, type Sql } from '../infrastructure/database/database.js';
import { iso } from '../infrastructure/database/timestamps.js';
import { ApiError } from '../infrastructure/http/api-error.js';
import { normaliseTag } from './contact-tags.js';

/** The contact's normalised tags, each once, in order. */
export function normaliseTags(tags: readonly string[]): string[] {
  return [...new Set(tags.map(normaliseTag).filter((tag) => tag.length > 0))].sort();
}

async function requireContact(sql: Sql, caller: Caller, id: string) {
  const contact = await sql
    .selectFrom('Contact')
    .selectAll()
    .where('id', '=', id)
    .where('organisation', '=', caller.organisationId)
    .executeTakeFirst();
  if (!contact) throw new ApiError(404, 'NOT_FOUND', `contact ${id} does not exist`);
  return contact;
}

async function profileOf(sql: Sql, caller: Caller, id: string): Promise<ContactProfile> {
  const contact = await requireContact(sql, caller, id);
  const tags = await sql
    .selectFrom('ContactTag')
    .select('tag')
    .where('contact', '=', id)
    .orderBy('tag')
    .execute();
  const notes = await sql
    .selectFrom('ContactNote')
    .leftJoin('User', 'User.id', 'ContactNote.author')
    .select([
      'ContactNote.id',
      'ContactNote.text',
      'ContactNote.createdAt',
      'User.id as authorId',
      'User.name as authorName',
    ])
    .where('ContactNote.contact', '=', id)
    .orderBy('ContactNote.createdAt', 'desc')
    .orderBy('ContactNote.id', 'desc')
    .limit(200)
    .execute();
  return {
    id: contact.id,
    name: contact.name ?? null,
    platformId: contact.platformId ?? null,
    userId: contact.userId ?? null,
    username: contact.username ?? null,
    channelAccountId: contact.channelAccount,
    language: contact.language ?? null,
    tags: tags.map((row) => row.tag),
    notes: notes.map((row) => ({
      id: row.id,
      text: row.text,
      author: row.authorId && row.authorName ? { id: row.authorId, name: row.authorName } : null,
      createdAt: iso(row.createdAt),
    })),
    createdAt: iso(contact.createdAt),
  };
}

/** A contact's profile: who they are, their language and tags, the agents' notes. */
@Injectable()
export class ContactProfileUseCases {
  constructor(private readonly database: Database) {}

  get(caller: Caller, id: string): Promise<ContactProfile> {
    return profileOf(this.database.sql(), caller, id);
  }

  /** Sets the language and/or replaces the tags (normalised, each once). */
  async update(
    caller: Caller,
    id: string,
    patch: z.output<typeof updateContactSchema>,
  ): Promise<ContactProfile> {
    await this.database.transaction(async (sql) => {
      await requireContact(sql, caller, id);
      const now = new Date();
      if (patch.language !== undefined)
        await sql
          .updateTable('Contact')
          .set({ language: patch.language, updatedAt: now })
          .where('id', '=', id)
          .execute();
      if (patch.tags !== undefined) {
        const tags = normaliseTags(patch.tags);
        await sql.deleteFrom('ContactTag').where('contact', '=', id).execute();
        if (tags.length)
          await sql
            .insertInto('ContactTag')
            .values(
              tags.map((tag) => ({
                id: randomUUID(),
                organisation: caller.organisationId,
                contact: id,
                tag,
                createdAt: now,
              })),
            )
            .execute();
      }
    });
    return profileOf(this.database.sql(), caller, id);
  }

  async addNote(caller: Caller, id: string, input: z.output<typeof createNoteSchema>): Promise<Note> {
    const sql = this.database.sql();
    await requireContact(sql, caller, id);
    const note = { id: randomUUID(), text: input.text, createdAt: new Date() };
    await sql
      .insertInto('ContactNote')
      .values({ ...note, organisation: caller.organisationId, contact: id, author: caller.userId })
      .execute();
    const author = await sql
      .selectFrom('User')
      .select(['id', 'name'])
      .where('id', '=', caller.userId)
      .executeTakeFirst();
    return { id: note.id, text: note.text, author: author ?? null, createdAt: iso(note.createdAt) };
  }
}
