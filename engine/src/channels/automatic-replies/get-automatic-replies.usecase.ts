import { Injectable } from '@nestjs/common';
import type { AutomaticRepliesResponse } from '@parley/contracts';
import type { Caller } from '../../auth/caller.js';
import { Database, type Sql } from '../../infrastructure/database/database.js';
import { automaticRepliesRow, storedSettings, toAutomaticRepliesResponse } from './automatic-replies-rows.js';
import { fallbackTemplateProblem } from './fallback-template.js';

/** An account of the organisation's automatic replies, with what keeps its fallback template from use. */
export async function readAutomaticReplies(
  sql: Sql,
  organisationId: string,
  accountId: string,
  now = new Date(),
): Promise<AutomaticRepliesResponse> {
  const row = await automaticRepliesRow(sql, organisationId, accountId);
  const fallback = storedSettings(row.automaticReplies).fallbackTemplate;
  return toAutomaticRepliesResponse(
    row,
    await fallbackTemplateProblem(sql, organisationId, row, fallback, now),
  );
}

/** `GET /api/channel-accounts/:id/automatic-replies`. */
@Injectable()
export class GetAutomaticRepliesUseCase {
  constructor(private readonly database: Database) {}

  get(caller: Caller, accountId: string): Promise<AutomaticRepliesResponse> {
    return readAutomaticReplies(this.database.sql(), caller.organisationId, accountId);
  }
}
