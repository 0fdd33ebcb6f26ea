import { Injectable } from '@nestjs/common';
import type { CreditAccount, UpdateCreditSettings } from '@parley/contracts';
import { recordAudit } from '../audit/record-audit.js';
import type { Caller } from '../auth/caller.js';
import { Database } from '../infrastructure/database/database.js';
import { ApiError } from '../infrastructure/http/api-error.js';
import { CreditAccounts } from './credit-accounts.service.js';
import { PriceListProvider } from './price-list.provider.js';

/** The low-balance threshold and the currency credits are bought in (admins). */
@Injectable()
export class UpdateCreditSettingsUseCase {
  constructor(
    private readonly database: Database,
    private readonly accounts: CreditAccounts,
    private readonly prices: PriceListProvider,
  ) {}

  async execute(caller: Caller, input: UpdateCreditSettings): Promise<CreditAccount> {
    if (input.currency !== undefined && !(input.currency in this.prices.list.purchase.currencies))
      throw new ApiError(400, 'CURRENCY_NOT_SOLD', `currency: credits are not sold in ${input.currency}`, [
        { path: 'currency', message: `credits are not sold in ${input.currency}` },
      ]);
    await this.database.transaction(async (sql) => {
      await this.accounts.ensure(sql, caller.organisationId);
      const before = await sql
        .selectFrom('CreditAccount')
        .select(['lowBalanceThreshold', 'currency'])
        .where('organisation', '=', caller.organisationId)
        .executeTakeFirstOrThrow();
      const change = {
        ...(input.lowBalanceThreshold !== undefined
          ? { lowBalanceThreshold: input.lowBalanceThreshold }
          : {}),
        ...(input.currency !== undefined ? { currency: input.currency } : {}),
      };
      if (Object.keys(change).length === 0) return;
      await sql
        .updateTable('CreditAccount')
        .set({ ...change, updatedAt: new Date() })
        .where('organisation', '=', caller.organisationId)
        .execute();
      await recordAudit(sql, {
        actor: caller,
        action: 'credits.settings_updated',
        target: { type: 'credit_account', id: caller.organisationId },
        before: { lowBalanceThreshold: before.lowBalanceThreshold ?? null, currency: before.currency },
        after: {
          lowBalanceThreshold: before.lowBalanceThreshold ?? null,
          currency: before.currency,
          ...change,
        },
      });
    });
    await this.accounts.notify(caller.organisationId);
    return this.accounts.get(caller.organisationId);
  }
}
