import { Injectable } from '@nestjs/common';
import type { Purchase } from '@parley/contracts';
import type { Caller } from '../../auth/caller.js';
import { Database } from '../../infrastructure/database/database.js';
import { purchaseRows, toPurchaseDto } from './purchase.dto.js';

export const listedPurchases = 20;

/** `GET /api/credits/purchases`: the latest 20, newest first. */
@Injectable()
export class ListPurchasesUseCase {
  constructor(private readonly database: Database) {}

  async execute(caller: Caller): Promise<Purchase[]> {
    const rows = await purchaseRows(this.database.sql(), caller.organisationId)
      .orderBy('CreditPurchase.createdAt', 'desc')
      .orderBy('CreditPurchase.id', 'desc')
      .limit(listedPurchases)
      .execute();
    return rows.map(toPurchaseDto);
  }
}
