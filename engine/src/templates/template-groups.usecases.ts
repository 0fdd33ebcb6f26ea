import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import type { TemplateGroup } from '@parley/contracts';
import type { Caller } from '../auth/caller.js';
import { Database } from '../infrastructure/database/database.js';
import { ApiError } from '../infrastructure/http/api-error.js';
import { isUniqueViolation } from '../infrastructure/http/error.filter.js';

const taken = (name: string) =>
  new ApiError(409, 'GROUP_EXISTS', `name: there is already a group called ${name}`, [
    { path: 'name', message: 'a group has this name already' },
  ]);

/** Template groups ("Thank-you replies"): Parley's own way to keep templates in order. */
@Injectable()
export class TemplateGroupsUseCase {
  constructor(private readonly database: Database) {}

  async list(caller: Caller): Promise<TemplateGroup[]> {
    const rows = await this.database
      .sql()
      .selectFrom('TemplateGroup')
      .leftJoin('MessageTemplate', 'MessageTemplate.group', 'TemplateGroup.id')
      .select(['TemplateGroup.id', 'TemplateGroup.name'])
      .select((eb) => eb.fn.count<number>('MessageTemplate.id').as('templateCount'))
      .where('TemplateGroup.organisation', '=', caller.organisationId)
      .groupBy(['TemplateGroup.id', 'TemplateGroup.name'])
      .orderBy('TemplateGroup.name')
      .execute();
    return rows.map((row) => ({ id: row.id, name: row.name, templateCount: Number(row.templateCount) }));
  }

  async create(caller: Caller, name: string): Promise<TemplateGroup> {
    const id = randomUUID();
    try {
      await this.database
        .sql()
        .insertInto('TemplateGroup')
        .values({ id, organisation: caller.organisationId, name, createdAt: new Date() })
        .execute();
    } catch (error) {
      if (isUniqueViolation(error)) throw taken(name);
      throw error;
    }
    return { id, name, templateCount: 0 };
  }

  async rename(caller: Caller, id: string, name: string): Promise<TemplateGroup> {
    try {
      const updated = await this.database
        .sql()
        .updateTable('TemplateGroup')
        .set({ name })
        .where('id', '=', id)
        .where('organisation', '=', caller.organisationId)
        .executeTakeFirst();
      if (Number(updated.numUpdatedRows) === 0)
        throw new ApiError(404, 'NOT_FOUND', `group ${id} does not exist`);
    } catch (error) {
      if (isUniqueViolation(error)) throw taken(name);
      throw error;
    }
    const group = (await this.list(caller)).find((candidate) => candidate.id === id);
    if (!group) throw new ApiError(404, 'NOT_FOUND', `group ${id} does not exist`);
    return group;
  }

  async remove(caller: Caller, id: string): Promise<void> {
    await this.database.transaction(async (tx) => {
      await tx
        .updateTable('MessageTemplate')
        .set({ group: null })
        .where('group', '=', id)
        .where('organisation', '=', caller.organisationId)
        .execute();
      const removed = await tx
        .deleteFrom('TemplateGroup')
        .where('id', '=', id)
        .where('organisation', '=', caller.organisationId)
        .executeTakeFirst();
      if (Number(removed.numDeletedRows) === 0)
        throw new ApiError(404, 'NOT_FOUND', `group ${id} does not exist`);
    });
  }
}
