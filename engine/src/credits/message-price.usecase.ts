import { Injectable } from '@nestjs/common';
import { type MessagePriceDto, billingCategoryOf } from '@parley/contracts';
import type { Caller } from '../auth/caller.js';
import { Database } from '../infrastructure/database/database.js';
import { ApiError } from '../infrastructure/http/api-error.js';
import { CreditAccounts } from './credit-accounts.service.js';
import { MessagePricing } from './message-pricing.service.js';
import { requireConversation } from '../inbox/conversation-of.js';

/**
 * What sending into a conversation costs now — a free-form message, or the template `templateId`
 * — with the balance and whether it covers it (what the composer shows before sending).
 */
@Injectable()
export class MessagePriceUseCase {
  constructor(
    private readonly database: Database,
    private readonly pricing: MessagePricing,
    private readonly accounts: CreditAccounts,
  ) {}

  async execute(
    caller: Caller,
    conversationId: string,
    query: { templateId?: string | undefined },
  ): Promise<MessagePriceDto> {
    const sql = this.database.sql();
    await requireConversation(sql, caller.organisationId, conversationId);
    let templateCategory: string | null = null;
    if (query.templateId) {
      const template = await sql
        .selectFrom('MessageTemplate')
        .select('category')
        .where('id', '=', query.templateId)
        .where('organisation', '=', caller.organisationId)
        .executeTakeFirst();
      if (!template)
        throw new ApiError(404, 'NOT_FOUND', `templateId: template ${query.templateId} does not exist`, [
          { path: 'templateId', message: 'no such template' },
        ]);
      templateCategory = template.category;
    }
    const { price } = await this.pricing.quote(conversationId, billingCategoryOf(templateCategory));
    const balance = await this.accounts.balance(sql, caller.organisationId);
    return {
      credits: price.credits,
      category: price.category,
      free: price.free,
      balance,
      sufficient: price.credits <= balance,
    };
  }
}
