import { Injectable } from '@nestjs/common';
import { InboxEvents } from '../../inbox/inbox-events.service.js';
import { Database } from '../../infrastructure/database/database.js';
import { findPurchase, toPurchaseDto } from './purchase.dto.js';

/** `credits.purchase_updated` to the organisation's live clients, after a purchase's change commits. */
@Injectable()
export class PurchasePublisher {
  constructor(
    private readonly database: Database,
    private readonly events: InboxEvents,
  ) {}

  async publish(organisationId: string, purchaseId: string): Promise<void> {
    if (!this.events.observedBy(organisationId)) return;
    const row = await findPurchase(this.database.sql(), organisationId, purchaseId);
    if (row) this.events.purchase(organisationId, toPurchaseDto(row));
  }
}
