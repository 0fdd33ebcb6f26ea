import { InboxEvents } from '../inbox/inbox-events.service.js';
import { parseConfig } from '../infrastructure/config/config.schema.js';
import type { Database } from '../infrastructure/database/database.js';
import { CreditAccounts } from './credit-accounts.service.js';
import { CreditLedger } from './credit-ledger.service.js';
import { PriceListProvider } from './price-list.provider.js';

/** The credits services over a test database, configured as the environment `env` would. */
export function creditServices(database: Database, env: Record<string, string> = {}) {
  const config = parseConfig({ DATA_DIR: '/tmp/parley-credits-test', ...env });
  const events = new InboxEvents();
  const prices = new PriceListProvider(config);
  const accounts = new CreditAccounts(config, database, events, prices);
  const ledger = new CreditLedger(database, accounts);
  return { config, events, prices, accounts, ledger };
}

/** The account's balance and the sum of its ledger, which must always agree. */
export async function balanceAndLedgerSum(database: Database, organisationId: string) {
  const sql = database.sql();
  const account = await sql
    .selectFrom('CreditAccount')
    .select(['balance', 'reserved'])
    .where('organisation', '=', organisationId)
    .executeTakeFirst();
  const sum = await sql
    .selectFrom('CreditEntry')
    .select((eb) => eb.fn.sum<number>('amount').as('total'))
    .where('organisation', '=', organisationId)
    .executeTakeFirst();
  return {
    balance: account?.balance ?? 0,
    reserved: account?.reserved ?? 0,
    ledgerSum: Number(sum?.total ?? 0),
  };
}
