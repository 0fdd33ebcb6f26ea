import { Injectable } from '@nestjs/common';
import type { AuditEntry, Page, listAuditQuery } from '@parley/contracts';
import type { z } from 'zod';
import type { Caller } from '../auth/caller.js';
import { Database } from '../infrastructure/database/database.js';
import type { AuditEntry as AuditRow } from '../infrastructure/database/entities.js';
import { decodeCursor, keysetPage } from '../infrastructure/http/keyset-page.js';
import { iso } from '../infrastructure/database/timestamps.js';

function toAuditDto(
  row: Omit<AuditRow, 'organisation' | 'actorUser'> & { actorUser: string | null },
): AuditEntry {
  return {
    id: row.id,
    at: iso(row.at),
    actor: {
      type: row.actorType === 'operator' || row.actorType === 'system' ? row.actorType : 'user',
      id: row.actorUser,
      label: row.actorLabel,
    },
    action: row.action,
    target: { type: row.targetType, id: row.targetId ?? null, label: row.targetLabel ?? null },
    before: row.before ?? null,
    after: row.after ?? null,
  };
}

/** The organisation's audit log, newest first, a page at a time. */
@Injectable()
export class ListAuditUseCase {
  constructor(private readonly database: Database) {}

  async execute(caller: Caller, query: z.output<typeof listAuditQuery>): Promise<Page<AuditEntry>> {
    let select = this.database
      .sql()
      .selectFrom('AuditEntry')
      .selectAll()
      .where('organisation', '=', caller.organisationId)
      .orderBy('at', 'desc')
      .orderBy('id', 'desc')
      .limit(query.limit + 1);
    if (query.cursor) {
      const { at, id } = decodeCursor(query.cursor, 'cursor');
      select = select.where((w) => w.or([w('at', '<', at), w.and([w('at', '=', at), w('id', '<', id)])]));
    }
    const { page, nextCursor } = keysetPage(await select.execute(), query.limit, (row) => [row.at, row.id]);
    return { items: page.map(toAuditDto), nextCursor };
  }
}
