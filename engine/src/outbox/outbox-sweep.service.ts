import { Injectable } from '@nestjs/common';
import { Interval } from '@nestjs/schedule';
import { OutboxRelay } from './outbox-relay.service.js';

/** The scheduled sweep: relays rows whose first relay failed (Temporal down) or that a crash left behind. */
@Injectable()
export class OutboxSweep {
  constructor(private readonly relay: OutboxRelay) {}

  @Interval('outbox-sweep', 1_000)
  sweep() {
    this.relay.kick();
  }
}
