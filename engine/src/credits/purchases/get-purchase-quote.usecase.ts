import { Injectable } from '@nestjs/common';
import type { PurchaseQuote } from '@parley/contracts';
import type { Caller } from '../../auth/caller.js';
import { Database } from '../../infrastructure/database/database.js';
import { PriceListProvider } from '../price-list.provider.js';
import { organisationCurrency, quoteOrRefuse } from './purchase-quote.js';

/** `GET /api/credits/quote`: what buying credits costs, in the organisation's currency unless asked. */
@Injectable()
export class GetPurchaseQuoteUseCase {
  constructor(
    private readonly database: Database,
    private readonly prices: PriceListProvider,
  ) {}

  async execute(caller: Caller, query: { credits: number; currency?: string }): Promise<PurchaseQuote> {
    const currency =
      query.currency ?? (await organisationCurrency(this.database.sql(), caller.organisationId));
    return quoteOrRefuse(this.prices.list, query.credits, currency);
  }
}
