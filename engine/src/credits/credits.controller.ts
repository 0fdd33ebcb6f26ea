import { Readable } from 'node:stream';
import { Body, Controller, Get, Put, Query, Res } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import {
  creditAccountSchema,
  exportLedgerQuery,
  ledgerPageSchema,
  listLedgerQuery,
  updateCreditSettingsSchema,
  usageQuery,
  usageSchema,
} from '@parley/contracts';
import type { FastifyReply } from 'fastify';
import { CurrentCaller, Requires } from '../auth/access.decorators.js';
import type { Caller } from '../auth/caller.js';
import { parseInput } from '../infrastructure/http/api-error.js';
import { ApiJson } from '../infrastructure/http/openapi.js';
import { CreditAccounts } from './credit-accounts.service.js';
import { CreditUsageUseCase } from './ledger/credit-usage.usecase.js';
import { ledgerCsvHeader, ledgerCsvRow } from './ledger/ledger-csv.js';
import { ListLedgerUseCase } from './ledger/list-ledger.usecase.js';
import { UpdateCreditSettingsUseCase } from './update-credit-settings.usecase.js';

@ApiTags('credits')
@Controller('api/credits')
export class CreditsController {
  constructor(
    private readonly accounts: CreditAccounts,
    private readonly settings: UpdateCreditSettingsUseCase,
    private readonly ledger: ListLedgerUseCase,
    private readonly usage: CreditUsageUseCase,
  ) {}

  /** The balance, reservations, threshold, currency, the pricing rules in force and how to pay. */
  @Get()
  @Requires('credits:read')
  @ApiJson(creditAccountSchema)
  get(@CurrentCaller() caller: Caller) {
    return this.accounts.get(caller.organisationId);
  }

  @Put('settings')
  @Requires('credits:manage')
  @ApiJson(creditAccountSchema, { body: updateCreditSettingsSchema })
  update(@CurrentCaller() caller: Caller, @Body() body: unknown) {
    return this.settings.execute(caller, parseInput(updateCreditSettingsSchema, body, 'body'));
  }

  /** The ledger, newest first. */
  @Get('ledger')
  @Requires('credits:manage')
  @ApiJson(ledgerPageSchema)
  list(@CurrentCaller() caller: Caller, @Query() query: unknown) {
    return this.ledger.execute(caller, parseInput(listLedgerQuery, query, 'query'));
  }

  @Get('ledger.csv')
  @Requires('credits:manage')
  @ApiOperation({ summary: 'The ledger entries the filters select, as CSV (UTF-8)' })
  @ApiOkResponse({ description: 'text/csv' })
  export(@CurrentCaller() caller: Caller, @Query() query: unknown, @Res() reply: FastifyReply) {
    const filters = parseInput(exportLedgerQuery, query, 'query');
    const pages = this.ledger.all(caller, filters);
    async function* csv() {
      // The byte order mark makes spreadsheet programs read Japanese text as UTF-8.
      yield `\uFEFF${ledgerCsvHeader}`;
      for await (const entries of pages) yield entries.map(ledgerCsvRow).join('');
    }
    const day = new Date().toISOString().slice(0, 10);
    return reply
      .header('content-type', 'text/csv; charset=utf-8')
      .header('content-disposition', `attachment; filename="parley-credits-${day}.csv"`)
      .send(Readable.from(csv()));
  }

  /** Credits charged per day and category. */
  @Get('usage')
  @Requires('credits:manage')
  @ApiJson(usageSchema)
  usageByDay(@CurrentCaller() caller: Caller, @Query() query: unknown) {
    return this.usage.execute(caller, parseInput(usageQuery, query, 'query'));
  }
}
