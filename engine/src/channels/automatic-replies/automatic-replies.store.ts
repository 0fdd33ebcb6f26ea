import { Injectable } from '@nestjs/common';
import type { AutomaticReplies } from '@parley/contracts';
import { Database } from '../../infrastructure/database/database.js';
import { storedSettings } from './automatic-replies-rows.js';

/** How long an account's settings are reused before reading them again. */
export const automaticRepliesCacheMs = 5_000;

/**
 * A channel account's automatic replies for automation (workflow activities), by account id
 * alone: the caller already holds an account it was given by Parley. The defaults when none are
 * stored. Kept a few seconds per account; a change made in this process is seen at once.
 */
@Injectable()
export class AutomaticRepliesStore {
  private readonly cache = new Map<string, { settings: AutomaticReplies; until: number }>();

  constructor(private readonly database: Database) {}

  async get(channelAccountId: string): Promise<AutomaticReplies> {
    const cached = this.cache.get(channelAccountId);
    if (cached && cached.until > Date.now()) return cached.settings;
    const row = await this.database
      .sql()
      .selectFrom('ChannelAccount')
      .select('automaticReplies')
      .where('id', '=', channelAccountId)
      .executeTakeFirst();
    const settings = storedSettings(row?.automaticReplies);
    this.cache.set(channelAccountId, { settings, until: Date.now() + automaticRepliesCacheMs });
    return settings;
  }

  /** Drops the cached settings of an account (they were just changed). */
  forget(channelAccountId: string): void {
    this.cache.delete(channelAccountId);
  }
}
