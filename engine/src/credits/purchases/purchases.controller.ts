import { Body, Controller, Get, Param, Post, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import {
  createPurchaseSchema,
  listSchema,
  purchaseQuoteQuery,
  purchaseQuoteSchema,
  purchaseSchema,
} from '@parley/contracts';
import { CurrentCaller, Requires } from '../../auth/access.decorators.js';
import type { Caller } from '../../auth/caller.js';
import { idParam, parseInput } from '../../infrastructure/http/api-error.js';
import { ApiJson } from '../../infrastructure/http/openapi.js';
import { CreatePurchaseUseCase } from './create-purchase.usecase.js';
import { GetPurchaseQuoteUseCase } from './get-purchase-quote.usecase.js';
import { GetPurchaseUseCase } from './get-purchase.usecase.js';
import { ListPurchasesUseCase } from './list-purchases.usecase.js';

const purchaseListSchema = listSchema(purchaseSchema);

/** Buying credits: the price, the purchase, and how it went. */
@ApiTags('credits')
@Controller('api/credits')
export class PurchasesController {
  constructor(
    private readonly quoting: GetPurchaseQuoteUseCase,
    private readonly creating: CreatePurchaseUseCase,
    private readonly reading: GetPurchaseUseCase,
    private readonly listing: ListPurchasesUseCase,
  ) {}

  /** What buying `credits` costs, in the organisation's currency unless `currency` is given. */
  @Get('quote')
  @Requires('credits:read')
  @ApiJson(purchaseQuoteSchema)
  quote(@CurrentCaller() caller: Caller, @Query() query: unknown) {
    return this.quoting.execute(caller, parseInput(purchaseQuoteQuery, query, 'query'));
  }

  /** Buys credits: the same `clientId` again answers the same purchase and never pays twice. */
  @Post('purchases')
  @Requires('credits:manage')
  @ApiJson(purchaseSchema, { status: 201, body: createPurchaseSchema })
  create(@CurrentCaller() caller: Caller, @Body() body: unknown) {
    return this.creating.execute(caller, parseInput(createPurchaseSchema, body, 'body'));
  }

  /** The latest 20 purchases, newest first. */
  @Get('purchases')
  @Requires('credits:manage')
  @ApiJson(purchaseListSchema)
  async list(@CurrentCaller() caller: Caller) {
    return { items: await this.listing.execute(caller) };
  }

  @Get('purchases/:id')
  @Requires('credits:manage')
  @ApiJson(purchaseSchema)
  get(@CurrentCaller() caller: Caller, @Param('id') id: string) {
    return this.reading.execute(caller, idParam(id));
  }
}
