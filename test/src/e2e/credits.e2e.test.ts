import { randomInt, randomUUID } from 'node:crypto';
import {
  type LedgerEntry,
  creditAccountSchema,
  insufficientCreditsErrorSchema,
  messagePriceSchema,
  purchaseQuoteSchema,
  sandboxTestCards,
  templateDetailSchema,
  templateSchema,
  type Template,
} from '@parley/contracts';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { SandboxClient } from '../support/clients.js';
import { expectConsistently, expectEventually } from '../support/expect-eventually.js';
import { useStack } from '../support/use-stack.js';

// Credits on the real stack: buying with the sandbox's test cards, the price before sending, a
// delivered marketing template charged exactly once from the sandbox's `pricing`, a send the
// platform refuses given back, concurrent sends that never spend more than the balance, and free
// replies that still go when it is empty.

const marketingPrice = 15; // the default rate card: a marketing template to a Japanese number

describe('credits, end to end', () => {
  const running = useStack({
    statusDelaysMs: '20,40,60',
    sandboxEnv: { SANDBOX_TEMPLATE_REVIEW_MS: '500' },
    engineEnv: { TEMPLATE_REVIEW_POLL_AFTER_MS: '2000', SANDBOX_PAYMENT_PENDING_MS: '1500' },
  });
  const sandbox = () => new SandboxClient(running.stack.sandbox.url);

  const newCustomer = async (label: string) => {
    const waId = `8193${String(randomInt(0, 1e8)).padStart(8, '0')}`;
    const name = `Credits ${label} ${waId}`;
    await sandbox().sendAsCustomer(waId, 'こんにちは', name);
    return expectEventually(
      async () => {
        const found = await running.admin.conversationByContactName(name);
        expect(found).toBeDefined();
        return found!;
      },
      { timeout: 30_000, description: `the conversation with ${name}` },
    );
  };
  const approvedMarketingTemplate = async (name: string): Promise<Template> => {
    const accounts = await running.admin.call(
      'GET',
      '/api/channel-accounts',
      z.object({ items: z.array(z.object({ id: z.string(), channel: z.string() })) }),
    );
    const created = await running.admin.call('POST', '/api/templates', templateSchema, {
      channelAccountId: accounts.items.find((account) => account.channel === 'whatsapp')!.id,
      name,
      language: 'ja',
      groupId: null,
      newGroupName: '',
      category: 'MARKETING',
      header: null,
      body: 'こんにちは、{{1}}様。冬のセールのお知らせです。今週末まで全品10%オフです。',
      examples: { '1': '佐藤' },
      footer: '',
      buttons: [],
      authentication: null,
      allowCategoryChange: false,
    });
    return expectEventually(
      async () => {
        const found = await running.admin.call('GET', `/api/templates/${created.id}`, templateDetailSchema);
        expect(found.status).toBe('APPROVED');
        return found;
      },
      { timeout: 30_000, description: `${name} approved` },
    );
  };
  const sendTemplate = (conversationId: string, templateId: string) =>
    running.admin.sendMessageRaw(conversationId, {
      clientId: randomUUID(),
      message: { type: 'template', templateId, parameters: { body: { '1': '花子' } } },
    });
  const entriesOf = (entries: LedgerEntry[], messageId: string) =>
    entries
      .filter((entry) => entry.message?.id === messageId)
      .map((entry) => [entry.kind, entry.amount])
      .sort();

  it('starts empty, and buys credits with the sandbox’s cards: paid once, declined never, pending then paid', async () => {
    expect(await running.admin.credits()).toMatchObject({
      balance: 0,
      reserved: 0,
      currency: 'JPY',
      pricing: { ruleSetId: 'whatsapp-2025-07-per-message', model: 'per_message' },
      payments: { provider: 'sandbox' },
    });
    expect(
      await running.admin.call('GET', '/api/credits/quote?credits=1000', purchaseQuoteSchema),
    ).toMatchObject({
      currency: 'JPY',
      subtotal: 1000,
      tax: 100,
      total: 1100,
    });
    const tooFew = await running.admin.raw('GET', '/api/credits/quote?credits=10');
    expect(tooFew.status).toBe(400);
    expect(await tooFew.json()).toMatchObject({ code: 'CREDITS_OUT_OF_RANGE' });

    const declined = await running.admin.buyCredits(500, sandboxTestCards.declined);
    expect(declined).toMatchObject({ status: 'declined', failureReason: expect.any(String) });
    expect((await running.admin.credits()).balance).toBe(0);

    expect(await running.admin.buyCredits(100)).toMatchObject({ status: 'granted', credits: 100 });
    expect(await running.admin.buyCredits(200, sandboxTestCards.pendingThenSucceeds)).toMatchObject({
      status: 'granted',
      credits: 200,
    });
    expect((await running.admin.credits()).balance).toBe(300);
    const purchases = await running.admin.ledger('kind=purchase');
    expect(purchases.map((entry) => entry.amount).sort()).toEqual([100, 200]);
  });

  it('shows the price first, charges a delivered marketing template exactly once, and gives back what the platform refuses', async () => {
    const sale = await approvedMarketingTemplate('winter_sale');
    const conversation = await newCustomer('charged');
    const before = (await running.admin.credits()).balance;

    const price = (query: string) =>
      running.admin.call('GET', `/api/conversations/${conversation.id}/price${query}`, messagePriceSchema);
    expect(await price(`?templateId=${sale.id}`)).toEqual({
      credits: marketingPrice,
      category: 'marketing',
      free: null,
      balance: before,
      sufficient: true,
    });
    expect(await price('')).toMatchObject({
      credits: 0,
      category: 'service',
      free: 'customer_service_window',
    });

    const response = await sendTemplate(conversation.id, sale.id);
    expect(response.status).toBe(201);
    const sent = (await response.json()) as { id: string };
    // Reserved at once; settled from the sandbox's `pricing` when delivered.
    await expectEventually(
      async () => {
        expect(entriesOf(await running.admin.ledger(), sent.id)).toEqual([
          ['deduction', -marketingPrice],
          ['release', marketingPrice],
          ['reservation', -marketingPrice],
        ]);
      },
      { timeout: 20_000, description: 'the template settled' },
    );
    // The read report (and anything redelivered) charges nothing more.
    await expectConsistently(
      async () => {
        expect(entriesOf(await running.admin.ledger(), sent.id)).toHaveLength(3);
        expect((await running.admin.credits()).balance).toBe(before - marketingPrice);
      },
      { duration: 1_500 },
    );

    // WhatsApp paused a template without telling Parley: the send is refused, and costs nothing.
    const flash = await approvedMarketingTemplate('flash_sale');
    const paused = await fetch(
      `${running.stack.sandbox.url}/sandbox/templates/${flash.platformTemplateId}/status`,
      {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ event: 'PAUSED', silent: true }),
      },
    );
    expect(paused.status).toBe(200);
    const refused = (await (await sendTemplate(conversation.id, flash.id)).json()) as {
      id: string;
      status: string;
    };
    expect(refused.status).toBe('failed');
    expect(entriesOf(await running.admin.ledger(), refused.id)).toEqual([
      ['release', marketingPrice],
      ['reservation', -marketingPrice],
    ]);
    expect((await running.admin.credits()).balance).toBe(before - marketingPrice);
  });

  it(
    'never spends more than the balance under concurrent sends, then refuses paid ones while free replies still go',
    { timeout: 120_000 },
    async () => {
      const { items } = await running.admin.call(
        'GET',
        '/api/templates?status=APPROVED',
        z.object({ items: z.array(z.object({ id: z.string(), name: z.string() })) }),
      );
      const sale = items.find((item) => item.name === 'winter_sale')!;
      const balance = (await running.admin.credits()).balance;
      const affordable = Math.floor(balance / marketingPrice);
      // One send per customer, all at once (WhatsApp limits how fast one customer may be written to).
      const conversations = await Promise.all(
        Array.from({ length: affordable + 3 }, (_, index) => newCustomer(`drained ${index}`)),
      );
      const answers = await Promise.all(
        conversations.map((conversation) => sendTemplate(conversation.id, sale.id)),
      );
      expect(answers.filter((answer) => answer.status === 201)).toHaveLength(affordable);
      const refusals = answers.filter((answer) => answer.status === 409);
      expect(refusals).toHaveLength(3);
      const refusal = insufficientCreditsErrorSchema.parse(await refusals[0]!.json());
      expect(refusal).toMatchObject({
        code: 'INSUFFICIENT_CREDITS',
        price: marketingPrice,
        balance: balance % marketingPrice,
        category: 'marketing',
      });
      await expectEventually(async () => expect((await running.admin.credits()).reserved).toBe(0), {
        timeout: 30_000,
        description: 'every send settled',
      });
      expect((await running.admin.credits()).balance).toBe(balance % marketingPrice);

      const free = await running.admin.sendMessage(conversations[0]!.id, {
        clientId: randomUUID(),
        message: { type: 'text', text: 'ご質問にお答えします。' },
      });
      expect(free.status).not.toBe('failed');
      expect(entriesOf(await running.admin.ledger(), free.id)).toEqual([]);

      const low = await running.admin.call('PUT', '/api/credits/settings', creditAccountSchema, {
        lowBalanceThreshold: 50,
      });
      expect(low).toMatchObject({ low: true, lowBalanceThreshold: 50 });
    },
  );
});
