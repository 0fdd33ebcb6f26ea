import { Injectable } from '@nestjs/common';

/** Counters of what webhooks brought that Parley could not place, since the process started. */
@Injectable()
export class WebhookStats {
  /** Events for an account no organisation has connected (or a disconnected one). */
  unroutedEvents = 0;
  /** Parts of genuine deliveries the connector could not read, kept as dead letters. */
  deadLetters = 0;
}
