import { Inject, Injectable } from '@nestjs/common';
import { Interval } from '@nestjs/schedule';
import type { Logger } from 'pino';
import { Database } from '../infrastructure/database/database.js';
import { LOGGER } from '../infrastructure/logging/logging.module.js';
import { markUnseenAway } from './agent-availability.js';
import { AssignmentService } from './assignment.service.js';
import { IntakeRouting } from './intake-routing.js';

/**
 * The scheduler's safety net, once a minute: online agents unseen for five minutes go away,
 * snoozed conversations whose time came open again, customer messages whose routing a crash lost
 * are routed, and every queue with a conversation waiting
 * drains — so a drain lost to a crash is redone.
 */
@Injectable()
export class RoutingSweep {
  private running = false;

  constructor(
    private readonly database: Database,
    private readonly assignment: AssignmentService,
    private readonly intakeRouting: IntakeRouting,
    @Inject(LOGGER) private readonly logger: Logger,
  ) {}

  @Interval('routing-sweep', 60_000)
  async sweep(now = new Date()): Promise<void> {
    if (this.running) return;
    this.running = true;
    try {
      await markUnseenAway(this.database.sql(), now);
      await this.assignment.wakeSnoozed(now);
      await this.intakeRouting.sweep(now);
      await this.assignment.drainAll();
    } catch (error) {
      this.logger.warn({ err: error }, 'routing sweep failed; the next one tries again');
    } finally {
      this.running = false;
    }
  }
}
