import { Injectable } from '@nestjs/common';
import type { AutomaticReplies, AutomaticRepliesResponse } from '@parley/contracts';
import type { Caller } from '../../auth/caller.js';
import { Database } from '../../infrastructure/database/database.js';
import { AutomaticRepliesStore } from './automatic-replies.store.js';
import { readAutomaticReplies } from './get-automatic-replies.usecase.js';
import { storeAutomaticReplies } from './store-automatic-replies.js';

/** `PUT /api/channel-accounts/:id/automatic-replies`: replaces the whole setting, audited. */
@Injectable()
export class UpdateAutomaticRepliesUseCase {
  constructor(
    private readonly database: Database,
    private readonly store: AutomaticRepliesStore,
  ) {}

  async update(
    caller: Caller,
    accountId: string,
    settings: AutomaticReplies,
  ): Promise<AutomaticRepliesResponse> {
    const now = new Date();
    const response = await this.database.transaction(async (sql) => {
      await storeAutomaticReplies(sql, caller, accountId, settings, now);
      return readAutomaticReplies(sql, caller.organisationId, accountId, now);
    });
    this.store.forget(accountId);
    return response;
  }
}
