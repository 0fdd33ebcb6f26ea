import { Injectable } from '@nestjs/common';
import type { Purchase } from '@parley/contracts';
import type { Caller } from '../../auth/caller.js';
import { Database } from '../../infrastructure/database/database.js';
import { ApiError } from '../../infrastructure/http/api-error.js';
import { findPurchase, toPurchaseDto } from './purchase.dto.js';

/** `GET /api/credits/purchases/:id`. */
@Injectable()
export class GetPurchaseUseCase {
  constructor(private readonly database: Database) {}

  async execute(caller: Caller, id: string): Promise<Purchase> {
    const row = await findPurchase(this.database.sql(), caller.organisationId, id);
    if (!row) throw new ApiError(404, 'NOT_FOUND', `purchase ${id} does not exist`);
    return toPurchaseDto(row);
  }
}
