import { readFileSync } from 'node:fs';
import { Inject, Injectable } from '@nestjs/common';
import {
  type MessagePrice,
  type MessagePricingInput,
  type PriceList,
  type PricingRuleSet,
  defaultPriceList,
  priceListSchema,
  priceMessage,
  ruleSetAt,
} from '@parley/contracts';
import { APP_CONFIG } from '../infrastructure/config/config.module.js';
import type { AppConfig } from '../infrastructure/config/config.schema.js';

/** Reads a price list file, failing at boot with the field at fault. */
export function loadPriceList(file: string | undefined): PriceList {
  if (!file) return defaultPriceList;
  const parsed = priceListSchema.safeParse(JSON.parse(readFileSync(file, 'utf8')));
  if (!parsed.success)
    throw new Error(
      `PRICE_LIST_FILE ${file}: ${parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`).join('; ')}`,
    );
  return parsed.data;
}

/** The price list in force (the default, or PRICE_LIST_FILE) and the rules it applies. */
@Injectable()
export class PriceListProvider {
  readonly list: PriceList;
  private readonly applyReported: boolean;

  constructor(@Inject(APP_CONFIG) config: AppConfig) {
    this.list = loadPriceList(config.PRICE_LIST_FILE);
    this.applyReported = config.PRICING_REPORTED_RULES === 'apply';
  }

  ruleSetAt(at: Date): PricingRuleSet {
    return ruleSetAt(this.list, at, { applyReported: this.applyReported });
  }

  price(input: MessagePricingInput): MessagePrice {
    return priceMessage(this.list, input, { applyReported: this.applyReported });
  }
}
