import type { Sql } from '../infrastructure/database/database.js';

/** Templates with their group, header file and author, as every view of them needs. */
export function templateRows(sql: Sql, organisationId: string) {
  return sql
    .selectFrom('MessageTemplate')
    .leftJoin('TemplateGroup', 'TemplateGroup.id', 'MessageTemplate.group')
    .leftJoin('LibraryFile', 'LibraryFile.id', 'MessageTemplate.headerFile')
    .leftJoin('User', 'User.id', 'MessageTemplate.createdBy')
    .selectAll('MessageTemplate')
    .select([
      'TemplateGroup.name as groupName',
      'LibraryFile.filename as headerFilename',
      'LibraryFile.mimeType as headerMimeType',
      'User.name as createdByName',
    ])
    .where('MessageTemplate.organisation', '=', organisationId);
}

export type TemplateRow = Awaited<ReturnType<ReturnType<typeof templateRows>['executeTakeFirstOrThrow']>>;

/** One template of the organisation, or undefined. */
export function findTemplate(sql: Sql, organisationId: string, id: string) {
  return templateRows(sql, organisationId).where('MessageTemplate.id', '=', id).executeTakeFirst();
}
