import type { StandInConfig } from './stand-in.config.js';
import type { StandInStore, TelegramObject } from './stand-in.store.js';
import type { UpdateQueue } from './update-queue.js';

/** What the stand-in's routes and methods share. */
export interface StandInContext {
  config: StandInConfig;
  store: StandInStore;
  queue: UpdateQueue;
  /** The bot as a User object (its id is the token's numeric prefix). */
  bot: TelegramObject & { id: number };
}

/** A Bot API method: parameters in, `result` out; failures are thrown as BotApiFailure. */
export type BotMethod = (params: Record<string, unknown>, context: StandInContext) => unknown;
