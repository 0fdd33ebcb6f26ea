import type { InboxEvent } from '@parley/contracts';
import type { QueryClient } from '@tanstack/react-query';
import { balanceLow, creditsChanged, purchaseChanged } from '../credits/credits.cache';
import { putChannelAccount } from '../integrations/channel-accounts.query';
import { templateChanged, templateDeleted } from '../templates/templates.cache';

/** Keeps cached reads in step with live events (the inbox merges its own; this is everything else). */
export function applyLiveEvent(queryClient: QueryClient, event: InboxEvent): void {
  switch (event.type) {
    case 'channel_account.updated':
      putChannelAccount(queryClient, event.channelAccount);
      return;
    case 'template.upserted': // a status WhatsApp gave, an edit, a switch: shown without a reload
      void templateChanged(queryClient, event.template);
      return;
    case 'template.deleted':
      void templateDeleted(queryClient, event.templateId);
      return;
    case 'credits.updated': // every balance move: the banner, the prices, the ledger
      void creditsChanged(queryClient, event.account);
      return;
    case 'credits.low_balance':
      void balanceLow(queryClient);
      return;
    case 'credits.purchase_updated':
      purchaseChanged(queryClient, event.purchase);
      return;
    default:
      return;
  }
}
