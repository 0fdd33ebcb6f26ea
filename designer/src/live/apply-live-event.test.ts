import type { ChannelAccount } from '@parley/contracts';
import { QueryClient } from '@tanstack/react-query';
import { describe, expect, it } from 'vitest';
import { creditAccountQuery } from '../credits/credits.api';
import { ledgerKey, messagePricesKey, purchaseKey, purchasesKey } from '../credits/credits.keys';
import { creditAccount, messagePrice, purchase } from '../credits/fixtures.test-support';
import { channelAccountQuery, channelAccountsQuery } from '../integrations/channel-accounts.query';
import { whatsappAccount } from '../integrations/fixtures.test-support';
import { ACCOUNT_ID, template, templateDetail, templateEvent } from '../templates/fixtures.test-support';
import { templateQuery, templatesQuery } from '../templates/templates.api';
import { applyLiveEvent } from './apply-live-event';

const updated = (channelAccount: ChannelAccount) => ({
  type: 'channel_account.updated' as const,
  channelAccount,
});

describe('applyLiveEvent', () => {
  it('puts a changed account into the cached list and its detail', () => {
    const queryClient = new QueryClient();
    const a = whatsappAccount('11111111-1111-4111-8111-111111111111', 'Support');
    const b = whatsappAccount('22222222-2222-4222-8222-222222222222', 'Sales');
    queryClient.setQueryData(channelAccountsQuery.queryKey, [a, b]);
    const off = { ...b, enabled: false };
    applyLiveEvent(queryClient, updated(off));
    expect(queryClient.getQueryData(channelAccountsQuery.queryKey)).toEqual([a, off]);
    expect(queryClient.getQueryData(channelAccountQuery(b.id).queryKey)).toEqual(off);
  });

  it('adds an account the list does not have yet, and leaves an unloaded list alone', () => {
    const queryClient = new QueryClient();
    const a = whatsappAccount('11111111-1111-4111-8111-111111111111', 'Support');
    applyLiveEvent(queryClient, updated(a));
    expect(queryClient.getQueryData(channelAccountsQuery.queryKey)).toBeUndefined();
    queryClient.setQueryData(channelAccountsQuery.queryKey, []);
    applyLiveEvent(queryClient, updated(a));
    expect(queryClient.getQueryData(channelAccountsQuery.queryKey)).toEqual([a]);
  });
});

describe('applyLiveEvent: templates', () => {
  const setUp = () => {
    const queryClient = new QueryClient();
    const pending = template('order_ready', { status: 'PENDING' });
    const other = template('welcome');
    const history = [templateEvent({ kind: 'submitted', status: 'PENDING' })];
    queryClient.setQueryData(templatesQuery(ACCOUNT_ID).queryKey, [pending, other]);
    queryClient.setQueryData(templateQuery(pending.id).queryKey, templateDetail(pending, history));
    return { queryClient, pending, other, history };
  };

  it('shows a status WhatsApp gave at once, in the list and the detail, and refetches both', () => {
    const { queryClient, pending, other, history } = setUp();
    const approved = { ...pending, status: 'APPROVED' as const, updatedAt: '2025-03-01T11:00:00.000Z' };
    applyLiveEvent(queryClient, { type: 'template.upserted', template: approved });
    expect(queryClient.getQueryData(templatesQuery(ACCOUNT_ID).queryKey)).toEqual([approved, other]);
    // The detail keeps its timeline until the refetch brings the new event.
    expect(queryClient.getQueryData(templateQuery(pending.id).queryKey)).toEqual({
      ...approved,
      timeline: history,
    });
    expect(queryClient.getQueryState(templatesQuery(ACCOUNT_ID).queryKey)?.isInvalidated).toBe(true);
    expect(queryClient.getQueryState(templateQuery(pending.id).queryKey)?.isInvalidated).toBe(true);
  });

  it('refetches a list that does not hold a new template yet', () => {
    const { queryClient, pending, other } = setUp();
    const created = template('spring_sale', { status: 'SUBMITTING' });
    applyLiveEvent(queryClient, { type: 'template.upserted', template: created });
    expect(queryClient.getQueryData(templatesQuery(ACCOUNT_ID).queryKey)).toEqual([pending, other]);
    expect(queryClient.getQueryState(templatesQuery(ACCOUNT_ID).queryKey)?.isInvalidated).toBe(true);
  });

  it('takes a deleted template out of the lists', () => {
    const { queryClient, pending, other } = setUp();
    applyLiveEvent(queryClient, { type: 'template.deleted', templateId: pending.id });
    expect(queryClient.getQueryData(templatesQuery(ACCOUNT_ID).queryKey)).toEqual([other]);
    expect(queryClient.getQueryState(templateQuery(pending.id).queryKey)?.isInvalidated).toBe(true);
  });
});

const PURCHASE = '88888888-8888-4888-8888-888888888888';
const OLDER = '99999999-9999-4999-8999-999999999999';
const CONVERSATION = '11111111-1111-4111-8111-111111111111';

describe('applyLiveEvent: credits', () => {
  it('puts the moved balance into the cached account and reads the prices and the ledger again', () => {
    const queryClient = new QueryClient();
    queryClient.setQueryData(creditAccountQuery.queryKey, creditAccount({ balance: 1200 }));
    const priceKey = [...messagePricesKey, CONVERSATION, null];
    queryClient.setQueryData(priceKey, messagePrice({ balance: 1200 }));
    queryClient.setQueryData([...ledgerKey, 'filters'], { pages: [], pageParams: [] });

    const low = creditAccount({ balance: 480, low: true });
    applyLiveEvent(queryClient, { type: 'credits.updated', account: low });

    expect(queryClient.getQueryData(creditAccountQuery.queryKey)).toEqual(low);
    expect(queryClient.getQueryState(priceKey)?.isInvalidated).toBe(true);
    expect(queryClient.getQueryState([...ledgerKey, 'filters'])?.isInvalidated).toBe(true);
  });

  it('reads the account again when the balance falls below the threshold', () => {
    const queryClient = new QueryClient();
    queryClient.setQueryData(creditAccountQuery.queryKey, creditAccount());
    applyLiveEvent(queryClient, { type: 'credits.low_balance', balance: 480, threshold: 500 });
    expect(queryClient.getQueryState(creditAccountQuery.queryKey)?.isInvalidated).toBe(true);
  });

  it('shows a purchase’s progress in its detail and the recent purchases, a new one first', () => {
    const queryClient = new QueryClient();
    const older = purchase(OLDER, { status: 'granted' });
    queryClient.setQueryData(purchasesKey, [older]);
    queryClient.setQueryData(purchaseKey(PURCHASE), purchase(PURCHASE));

    const pending = purchase(PURCHASE, { status: 'pending' });
    applyLiveEvent(queryClient, { type: 'credits.purchase_updated', purchase: pending });
    expect(queryClient.getQueryData(purchasesKey)).toEqual([pending, older]);

    const granted = { ...pending, status: 'granted' as const, grantedAt: '2025-03-12T05:00:04.000Z' };
    applyLiveEvent(queryClient, { type: 'credits.purchase_updated', purchase: granted });
    expect(queryClient.getQueryData(purchaseKey(PURCHASE))).toEqual(granted);
    expect(queryClient.getQueryData(purchasesKey)).toEqual([granted, older]);
  });

  it('leaves recent purchases that were never read alone', () => {
    const queryClient = new QueryClient();
    applyLiveEvent(queryClient, { type: 'credits.purchase_updated', purchase: purchase(PURCHASE) });
    expect(queryClient.getQueryData(purchasesKey)).toBeUndefined();
  });
});
