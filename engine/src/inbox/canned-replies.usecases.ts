import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import {
  type CannedReply,
  type RenderedCannedReply,
  type cannedReplyInputSchema,
  renderCannedReply,
} from '@parley/contracts';
import type { z } from 'zod';
import type { Caller } from '../auth/caller.js';
import { Database, type Sql } from '../infrastructure/database/database.js';
import { iso } from '../infrastructure/database/timestamps.js';
import { ApiError } from '../infrastructure/http/api-error.js';
import { isUniqueViolation } from '../infrastructure/http/error.filter.js';

type Input = z.output<typeof cannedReplyInputSchema>;

const columns = ['id', 'shortcut', 'title', 'text', 'createdAt', 'updatedAt'] as const;

function toDto(row: {
  id: string;
  shortcut: string;
  title: string;
  text: string;
  createdAt: Date | string;
  updatedAt: Date | string;
}): CannedReply {
  return { ...row, createdAt: iso(row.createdAt), updatedAt: iso(row.updatedAt) };
}

const taken = (shortcut: string) =>
  new ApiError(409, 'SHORTCUT_TAKEN', `another canned reply already has the shortcut ${shortcut}`);

/** The organisation's canned replies: everyone reads and renders them; admins write them. */
@Injectable()
export class CannedRepliesUseCases {
  constructor(private readonly database: Database) {}

  private async find(sql: Sql, caller: Caller, id: string) {
    const row = await sql
      .selectFrom('CannedReply')
      .select(columns)
      .where('id', '=', id)
      .where('organisation', '=', caller.organisationId)
      .executeTakeFirst();
    if (!row) throw new ApiError(404, 'NOT_FOUND', `canned reply ${id} does not exist`);
    return row;
  }

  async list(caller: Caller): Promise<CannedReply[]> {
    const rows = await this.database
      .sql()
      .selectFrom('CannedReply')
      .select(columns)
      .where('organisation', '=', caller.organisationId)
      .orderBy('shortcut')
      .execute();
    return rows.map(toDto);
  }

  async get(caller: Caller, id: string): Promise<CannedReply> {
    return toDto(await this.find(this.database.sql(), caller, id));
  }

  async create(caller: Caller, input: Input): Promise<CannedReply> {
    const id = randomUUID();
    const now = new Date();
    try {
      await this.database
        .sql()
        .insertInto('CannedReply')
        .values({
          id,
          organisation: caller.organisationId,
          ...input,
          createdBy: caller.userId,
          createdAt: now,
          updatedAt: now,
        })
        .execute();
    } catch (error) {
      if (isUniqueViolation(error)) throw taken(input.shortcut);
      throw error;
    }
    return this.get(caller, id);
  }

  async update(caller: Caller, id: string, input: Input): Promise<CannedReply> {
    const sql = this.database.sql();
    await this.find(sql, caller, id);
    try {
      await sql
        .updateTable('CannedReply')
        .set({ ...input, updatedAt: new Date() })
        .where('id', '=', id)
        .where('organisation', '=', caller.organisationId)
        .execute();
    } catch (error) {
      if (isUniqueViolation(error)) throw taken(input.shortcut);
      throw error;
    }
    return this.get(caller, id);
  }

  async remove(caller: Caller, id: string): Promise<CannedReply> {
    const sql = this.database.sql();
    const row = await this.find(sql, caller, id);
    await sql.deleteFrom('CannedReply').where('id', '=', id).execute();
    return toDto(row);
  }

  /** The text with its variables filled in from the conversation, its contact, team and the caller. */
  async render(caller: Caller, id: string, conversationId: string): Promise<RenderedCannedReply> {
    const sql = this.database.sql();
    const reply = await this.find(sql, caller, id);
    const conversation = await sql
      .selectFrom('Conversation')
      .innerJoin('Contact', 'Contact.id', 'Conversation.contact')
      .leftJoin('Team', 'Team.id', 'Conversation.team')
      .select([
        'Contact.name as contactName',
        'Contact.username',
        'Contact.platformId',
        'Team.name as teamName',
      ])
      .where('Conversation.id', '=', conversationId)
      .where('Conversation.organisation', '=', caller.organisationId)
      .executeTakeFirst();
    if (!conversation) throw new ApiError(404, 'NOT_FOUND', `conversation ${conversationId} does not exist`);
    const agent = await sql
      .selectFrom('User')
      .select('name')
      .where('id', '=', caller.userId)
      .executeTakeFirst();
    return renderCannedReply(reply.text, {
      'contact.name': conversation.contactName ?? null,
      'contact.username': conversation.username ?? null,
      'contact.phone': conversation.platformId ?? null,
      'agent.name': agent?.name ?? null,
      'team.name': conversation.teamName ?? null,
    });
  }
}
