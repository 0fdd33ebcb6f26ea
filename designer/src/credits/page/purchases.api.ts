import {
  creditAccountSchema,
  listSchema,
  purchaseQuoteSchema,
  purchaseSchema,
  type CreatePurchase,
  type Purchase,
  type UpdateCreditSettings,
} from '@parley/contracts';
import { queryOptions } from '@tanstack/react-query';
import { api, segment, withQuery } from '../../api/http';
import { purchaseKey, purchasesKey, quoteKey } from '../credits.keys';

/** The engine's routes for buying credits, and the settings of how they are bought. */

export const updateCreditSettings = (body: UpdateCreditSettings) =>
  api('PUT', '/api/credits/settings', creditAccountSchema, { body });

/** What buying `credits` costs in `currency` now. */
export const quoteQuery = (credits: number, currency: string) =>
  queryOptions({
    queryKey: quoteKey(credits, currency),
    queryFn: ({ signal }) =>
      api('GET', withQuery('/api/credits/quote', { credits, currency }), purchaseQuoteSchema, { signal }),
  });

/** A purchase still on its way: the payment is being taken, or the credits added. */
export const isUnsettled = (purchase: Purchase): boolean =>
  purchase.status === 'pending' || purchase.status === 'paid';

/** Read again every two seconds until it is settled (the live event usually comes first) or unreadable. */
export const purchaseQuery = (id: string) =>
  queryOptions({
    queryKey: purchaseKey(id),
    queryFn: ({ signal }) => api('GET', `/api/credits/purchases/${segment(id)}`, purchaseSchema, { signal }),
    refetchInterval: ({ state }) =>
      state.status === 'error' || (state.data && !isUnsettled(state.data)) ? false : 2000,
    staleTime: 0,
  });

const purchaseList = listSchema(purchaseSchema);

/** The latest 20 purchases, newest first. */
export const purchasesQuery = queryOptions({
  queryKey: purchasesKey,
  queryFn: async ({ signal }) => (await api('GET', '/api/credits/purchases', purchaseList, { signal })).items,
});

export const createPurchase = (body: CreatePurchase) =>
  api('POST', '/api/credits/purchases', purchaseSchema, { body });
