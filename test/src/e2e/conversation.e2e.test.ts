import { randomInt, randomUUID } from 'node:crypto';
import {
  apiErrorSchema,
  automaticRepliesResponseSchema,
  channelAccountSchema,
  templateListSchema,
  windowClosedErrorSchema,
  type AutomaticReplies,
  type Conversation,
  type Message,
  type SendMessageInput,
} from '@parley/contracts';
import { beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import type { EngineClient } from '../support/clients.js';
import { SandboxClient, type SandboxPhoneMessage } from '../support/clients.js';
import { demoGreeting, demoTemplateName } from '../support/demo.js';
import { expectConsistently, expectEventually } from '../support/expect-eventually.js';
import type { Stack } from '../support/stack.js';
import { useStack } from '../support/use-stack.js';

// The conversation workflow end to end: what agents send (text, reply buttons, templates), the
// customer-service window that decides what may go, the greeting once per window, the fallback
// template that holds a message until the customer answers, quotes, read receipts and typing, and
// the platform's own window refusing what Parley thought was allowed.

const hour = 60 * 60 * 1000;
const delivered = ['accepted', 'sent', 'delivered', 'read'];

let customers = 0;
function newCustomer(label: string): { waId: string; name: string } {
  customers += 1;
  const waId = `8192${String(randomInt(0, 1e8)).padStart(8, '0')}`;
  return { waId, name: `Conversation ${label} ${customers} ${waId}` };
}

const text = (body: string, extra: Partial<SendMessageInput> = {}): SendMessageInput => ({
  clientId: randomUUID(),
  message: { type: 'text', text: body },
  ...extra,
});

/** The parts of one stack the tests use, once it is running. */
function parts(running: { stack: Stack; admin: EngineClient }) {
  const { stack, admin } = running;
  const sandbox = new SandboxClient(stack.sandbox.url);

  const conversationOf = (name: string) =>
    expectEventually(
      async () => {
        const found = await admin.conversationByContactName(name);
        expect(found, `a conversation with ${name}`).toBeDefined();
        return found!;
      },
      { timeout: 30_000, description: `the conversation with ${name}` },
    );
  const outbound = async (conversationId: string) =>
    (await admin.messages(conversationId)).filter((message) => message.direction === 'outbound');
  const inbound = async (conversationId: string) =>
    (await admin.messages(conversationId)).filter((message) => message.direction === 'inbound');
  /** Waits until the conversation's outbound texts are exactly `texts`, in order. */
  const outboundTexts = (conversationId: string, texts: (string | null)[], description?: string) =>
    expectEventually(
      async () => {
        const sent = await outbound(conversationId);
        expect(sent.map((message) => message.text)).toEqual(texts);
        return sent;
      },
      { timeout: 30_000, description: description ?? `outbound ${JSON.stringify(texts)}` },
    );
  /** The customer writes their first message; returns the conversation once greeted. */
  const greetedCustomer = async (label: string, first = 'こんにちは') => {
    const customer = newCustomer(label);
    const sent = await sandbox.sendAsCustomer(customer.waId, first, customer.name);
    expect(sent.webhookStatus).toBe(200);
    const conversation = await conversationOf(customer.name);
    await outboundTexts(conversation.id, [demoGreeting], 'the greeting');
    return { customer, conversation, wamid: sent.id };
  };
  /** What the business sent to the customer, as their phone shows it. */
  const received = async (waId: string): Promise<SandboxPhoneMessage[]> =>
    (await sandbox.phone(waId)).items.filter((message) => message.direction === 'outbound');
  const whatsappAccountId = async () => {
    const accounts = await admin.call(
      'GET',
      '/api/channel-accounts',
      z.object({ items: z.array(channelAccountSchema) }),
    );
    return accounts.items.find((account) => account.platformAccountId === stack.phoneNumberId)!.id;
  };
  return {
    stack,
    admin,
    sandbox,
    conversationOf,
    outbound,
    inbound,
    outboundTexts,
    greetedCustomer,
    received,
    whatsappAccountId,
  };
}

/** The body of a refused call, checked against `schema`. */
async function refusal<T extends z.ZodType>(response: Response, status: number, schema: T) {
  const body: unknown = await response.json();
  expect(response.status, JSON.stringify(body)).toBe(status);
  return schema.parse(body) as z.output<T>;
}

const issuesSchema = apiErrorSchema.extend({
  issues: z.array(z.object({ path: z.string(), message: z.string() })),
});

describe('a WhatsApp conversation with the 24-hour window', () => {
  const running = useStack({ statusDelaysMs: '20,40,60' });
  // Templates cost credits (docs/credits.md); the demo organisation starts with none.
  beforeAll(() => running.admin.buyCredits(10_000), 60_000);
  let t: ReturnType<typeof parts>;
  beforeAll(() => {
    t = parts(running);
  });

  it('sends an agent’s text and reply buttons; the customer sees both, taps a button, and no greeting answers the tap', async () => {
    const { customer, conversation } = await t.greetedCustomer('buttons', '注文について質問があります');
    const agent = t.admin.session!.user;

    const retryOf = text('ご注文番号を教えていただけますか？');
    const reply = await t.admin.sendMessage(conversation.id, retryOf);
    expect(reply).toMatchObject({
      conversationId: conversation.id,
      direction: 'outbound',
      type: 'text',
      text: 'ご注文番号を教えていただけますか？',
      error: null,
      sentBy: { id: agent.id, name: agent.name },
    });
    expect(delivered).toContain(reply.status);
    // The same clientId again (a retry) sends once, and answers with the same message.
    const retried = await t.admin.sendMessage(conversation.id, {
      clientId: retryOf.clientId,
      message: retryOf.message,
    });
    expect(retried.id).toBe(reply.id);
    const buttons = await t.admin.sendMessage(conversation.id, {
      clientId: randomUUID(),
      message: {
        type: 'reply_buttons',
        body: '受け取り方法をお選びください',
        buttons: [{ title: '宅配便' }, { title: '店頭受取' }],
      },
    });
    expect(buttons).toMatchObject({
      type: 'reply_buttons',
      text: '受け取り方法をお選びください',
      content: {
        type: 'reply_buttons',
        body: '受け取り方法をお選びください',
        buttons: [{ title: '宅配便' }, { title: '店頭受取' }],
      },
      sentBy: { id: agent.id },
    });
    expect(delivered).toContain(buttons.status);

    // The customer's phone: the greeting, the text, and the buttons to tap.
    const phone = await expectEventually(
      async () => {
        const got = await t.received(customer.waId);
        expect(got.map((message) => message.type)).toEqual(['text', 'text', 'interactive']);
        return got;
      },
      { description: 'the replies on the customer’s phone' },
    );
    expect(phone.map((message) => message.id)).toEqual([
      expect.any(String),
      reply.platformMessageId,
      buttons.platformMessageId,
    ]);
    expect(phone[1]?.text).toBe('ご注文番号を教えていただけますか？');
    const interactive = z
      .object({
        type: z.literal('button'),
        body: z.object({ text: z.string() }),
        action: z.object({
          buttons: z.array(
            z.object({ type: z.literal('reply'), reply: z.object({ id: z.string(), title: z.string() }) }),
          ),
        }),
      })
      .parse(phone[2]?.content);
    expect(interactive.body.text).toBe('受け取り方法をお選びください');
    expect(interactive.action.buttons.map((button) => button.reply.title)).toEqual(['宅配便', '店頭受取']);

    // The thread lists both with the agent who sent them, after the greeting (sent by nobody).
    const thread = await t.outbound(conversation.id);
    expect(thread.map((message) => [message.text, message.sentBy?.id ?? null])).toEqual([
      [demoGreeting, null],
      ['ご注文番号を教えていただけますか？', agent.id],
      ['受け取り方法をお選びください', agent.id],
    ]);

    const tapped = interactive.action.buttons[1]!.reply;
    const tap = await t.sandbox.tap(customer.waId, buttons.platformMessageId!, { buttonId: tapped.id });
    expect(tap.webhookStatus).toBe(200);
    const tapMessage = await expectEventually(
      async () => {
        const found = (await t.inbound(conversation.id)).find(
          (message) => message.platformMessageId === tap.id,
        );
        expect(found).toBeDefined();
        return found!;
      },
      { description: 'the tap stored' },
    );
    expect(tapMessage).toMatchObject({ text: '店頭受取', replyTo: { messageId: buttons.id } });
    await expectConsistently(
      async () => {
        expect(await t.outbound(conversation.id)).toHaveLength(3);
        expect(await t.received(customer.waId)).toHaveLength(3);
      },
      { duration: 2_500 },
    );
  }, 90_000);

  it('greets the first message of a window once; the second message gets no greeting', async () => {
    const { customer, conversation } = await t.greetedCustomer('once', '一通目です');
    const second = await t.sandbox.sendAsCustomer(customer.waId, '二通目です', customer.name);
    expect(second.webhookStatus).toBe(200);
    await expectEventually(async () => expect(await t.inbound(conversation.id)).toHaveLength(2), {
      description: 'the second message stored',
    });
    await expectConsistently(
      async () => {
        expect((await t.outbound(conversation.id)).map((message) => message.text)).toEqual([demoGreeting]);
        expect((await t.received(customer.waId)).map((message) => message.text)).toEqual([demoGreeting]);
      },
      { duration: 3_000 },
    );
  }, 60_000);

  it('shows a customer’s quote of the business’s message, and quotes the customer’s message on their phone', async () => {
    const { customer, conversation, wamid } = await t.greetedCustomer('quote', 'サイズの交換はできますか？');
    const answer = await t.admin.sendMessage(conversation.id, text('はい、7日以内であれば交換できます。'));
    await expectEventually(async () =>
      expect((await t.received(customer.waId)).map((message) => message.id)).toContain(
        answer.platformMessageId,
      ),
    );
    const quoting = await t.sandbox.customerSends(customer.waId, {
      text: 'では交換をお願いします',
      replyTo: answer.platformMessageId,
    });
    const quote = await expectEventually(
      async () => {
        const found = (await t.inbound(conversation.id)).find(
          (message) => message.platformMessageId === quoting.id,
        );
        expect(found).toBeDefined();
        return found!;
      },
      { description: 'the quoting message stored' },
    );
    expect(quote.text).toBe('では交換をお願いします');
    expect(quote.replyTo).toEqual({
      platformMessageId: answer.platformMessageId,
      messageId: answer.id,
      direction: 'outbound',
      type: 'text',
      text: 'はい、7日以内であれば交換できます。',
    });

    // The other way: an agent's reply quoting the customer's first message.
    const first = (await t.inbound(conversation.id)).find((message) => message.platformMessageId === wamid)!;
    const quoted = await t.admin.sendMessage(
      conversation.id,
      text('交換の手続きをご案内します。', { replyToMessageId: first.id }),
    );
    expect(quoted.replyTo).toMatchObject({ messageId: first.id, text: 'サイズの交換はできますか？' });
    const onPhone = await expectEventually(async () => {
      const found = (await t.received(customer.waId)).find(
        (message) => message.id === quoted.platformMessageId,
      );
      expect(found).toBeDefined();
      return found!;
    });
    expect(onPhone.replyTo).toBe(wamid);
  }, 60_000);

  it('marks the customer’s messages read and shows them the agent typing', async () => {
    const { customer, conversation } = await t.greetedCustomer('read', '在庫はありますか？');
    await t.sandbox.sendAsCustomer(customer.waId, '色違いも知りたいです', customer.name);
    await expectEventually(
      async () => expect((await t.admin.conversation(conversation.id)).unreadCount).toBe(2),
      {
        description: 'two unread messages',
      },
    );
    expect((await t.sandbox.phone(customer.waId)).items.map((message) => message.readByBusiness)).toEqual([
      false,
      undefined, // the greeting (the customer's phone says nothing of its own reading)
      false,
    ]);

    const read = await t.admin.raw('POST', `/api/conversations/${conversation.id}/read`);
    expect(read.status).toBe(204);
    await expectEventually(async () => {
      const phone = await t.sandbox.phone(customer.waId);
      expect(
        phone.items.filter((message) => message.direction === 'inbound').map((m) => m.readByBusiness),
      ).toEqual([true, true]);
    });
    expect((await t.admin.conversation(conversation.id)).unreadCount).toBe(0);

    const third = await t.sandbox.sendAsCustomer(customer.waId, 'あと、送料はいくらですか？', customer.name);
    await expectEventually(async () =>
      expect((await t.admin.conversation(conversation.id)).unreadCount).toBe(1),
    );
    expect((await t.sandbox.phone(customer.waId)).businessTyping).toBe(false);
    const typing = await t.admin.raw('POST', `/api/conversations/${conversation.id}/typing`);
    expect(typing.status).toBe(204);
    const phone = await expectEventually(async () => {
      const got = await t.sandbox.phone(customer.waId);
      expect(got.businessTyping).toBe(true);
      return got;
    });
    expect(phone.businessTypingFrom).toEqual([t.stack.phoneNumberId]);
    // WhatsApp's typing indicator also marks the message read.
    expect(phone.items.find((message) => message.id === third.id)?.readByBusiness).toBe(true);
    await expectEventually(async () =>
      expect((await t.admin.conversation(conversation.id)).unreadCount).toBe(0),
    );

    // The reply replaces the indicator on the customer's phone.
    await t.admin.sendMessage(conversation.id, text('送料は全国一律500円です。'));
    await expectEventually(async () =>
      expect((await t.sandbox.phone(customer.waId)).businessTyping).toBe(false),
    );
  }, 60_000);

  it('refuses content over WhatsApp’s limits, naming the field, and sends nothing', async () => {
    const { customer, conversation } = await t.greetedCustomer('limits');
    const response = await t.admin.sendMessageRaw(conversation.id, {
      clientId: randomUUID(),
      message: {
        type: 'reply_buttons',
        body: 'どれにしますか？',
        buttons: [{ title: 'A' }, { title: 'B' }, { title: 'C' }, { title: 'D' }],
      },
    });
    const body = await refusal(response, 400, issuesSchema);
    expect(body.code).toBe('CONTENT_OVER_LIMITS');
    expect(body.issues.map((issue) => issue.path)).toContain('message.buttons');
    expect(body.message).toMatch(/3/);

    const longTitle = await t.admin.sendMessageRaw(conversation.id, {
      clientId: randomUUID(),
      message: { type: 'reply_buttons', body: 'どれにしますか？', buttons: [{ title: 'x'.repeat(21) }] },
    });
    const titled = await refusal(longTitle, 400, issuesSchema);
    expect(titled.code).toBe('CONTENT_OVER_LIMITS');
    expect(titled.issues.map((issue) => issue.path)).toEqual(['message.buttons.0.title']);

    await expectConsistently(
      async () => {
        expect((await t.outbound(conversation.id)).map((message) => message.text)).toEqual([demoGreeting]);
        expect(await t.received(customer.waId)).toHaveLength(1);
      },
      { duration: 1_500 },
    );
  }, 60_000);

  it('keeps the window 24 hours from the customer’s message, and pushes it on the live stream', async () => {
    const stream = await t.admin.listen();
    try {
      const customer = newCustomer('window');
      const sent = await t.sandbox.sendAsCustomer(customer.waId, '営業時間を教えてください', customer.name);
      const conversation = await t.conversationOf(customer.name);
      const sentAt = Date.parse(
        String(
          (await t.sandbox.phone(customer.waId)).items.find((message) => message.id === sent.id)?.timestamp,
        ),
      );
      // WhatsApp's timestamps have whole seconds.
      const customerTime = Math.floor(sentAt / 1000) * 1000;
      expect(Date.parse(conversation.lastInboundAt!)).toBe(customerTime);
      expect(conversation.window).toEqual({
        unlimited: false,
        expiresAt: new Date(customerTime + 24 * hour).toISOString(),
        entryPointExpiresAt: null,
      });
      const pushed = await expectEventually(
        () => {
          const found = stream.events.find(
            (event): event is Extract<typeof event, { type: 'conversation.upserted' }> =>
              event.type === 'conversation.upserted' &&
              event.conversation.id === conversation.id &&
              event.conversation.window.expiresAt !== null,
          );
          expect(found, 'a conversation.upserted event with the window').toBeDefined();
          return found!.conversation;
        },
        { timeout: 10_000 },
      );
      expect(pushed.window).toEqual(conversation.window);
      expect(pushed.lastInboundAt).toBe(conversation.lastInboundAt);
    } finally {
      await stream.close();
    }
  }, 60_000);

  // Last in this stack: it moves the sandbox's clock a day on.
  it('records a reply WhatsApp refuses after its own window ended (131047) as failed, with the reason', async () => {
    const { customer, conversation } = await t.greetedCustomer('late');
    await t.sandbox.advanceClock(25 * hour);
    // Parley's window (24 hours of real time) is still open; WhatsApp's (its clock's) is not.
    const reply = await t.admin.sendMessage(conversation.id, text('お待たせしました。'));
    // WhatsApp accepts it, then reports it failed (a status webhook): never held, never delivered.
    expect(['accepted', 'failed']).toContain(reply.status);
    const failed = await expectEventually(
      async () => {
        const stored = (await t.outbound(conversation.id)).find((message) => message.id === reply.id);
        expect(stored?.status).toBe('failed');
        return stored!;
      },
      { description: 'the reply failed' },
    );
    expect(failed.error?.code).toBe('131047');
    // Meta's reason: its title ("Re-engagement message"), and its details when Parley keeps them.
    expect(failed.error?.message).toMatch(/re-engagement|24 hours/i);
    expect(failed.sentBy?.id).toBe(t.admin.session!.user.id);
    // It never reached the customer's phone.
    expect((await t.received(customer.waId)).map((message) => message.id)).not.toContain(
      reply.platformMessageId,
    );
  }, 60_000);
});

describe('a WhatsApp conversation with a 15-second window', () => {
  const windowMs = 15_000;
  const running = useStack({
    statusDelaysMs: '20,40,60',
    engineEnv: { CUSTOMER_SERVICE_WINDOW_MS: String(windowMs) },
  });
  // Templates cost credits (docs/credits.md); the demo organisation starts with none.
  beforeAll(() => running.admin.buyCredits(10_000), 60_000);
  let t: ReturnType<typeof parts>;
  let accountId: string;
  let helloWorld: { id: string; name: string };
  /** Customers whose first window the tests below wait out together. */
  const closed: Record<
    'template' | 'held' | 'noFallback' | 'reaction' | 'tap',
    { customer: { waId: string; name: string }; conversation: Conversation }
  > = {} as never;
  let buttons: Message;

  beforeAll(async () => {
    t = parts(running);
    accountId = await t.whatsappAccountId();
    const { items } = await t.admin.call('GET', '/api/templates?status=APPROVED', templateListSchema);
    helloWorld = items.find((template) => template.name === demoTemplateName)!;
    expect(helloWorld, 'the demo WABA’s hello_world template').toBeDefined();
    const labels = ['template', 'held', 'noFallback', 'reaction', 'tap'] as const;
    const greeted = await Promise.all(labels.map((label) => t.greetedCustomer(label)));
    labels.forEach((label, index) => (closed[label] = greeted[index]!));
    // Reply buttons the customer taps only after the window has closed.
    buttons = await t.admin.sendMessage(closed.tap.conversation.id, {
      clientId: randomUUID(),
      message: {
        type: 'reply_buttons',
        body: 'ご来店日時を選んでください',
        buttons: [{ title: '今日' }, { title: '明日' }],
      },
    });
    expect(delivered).toContain(buttons.status);
    // The window is the customer's message time and this engine's window length.
    for (const { conversation } of greeted)
      expect(Date.parse(conversation.window.expiresAt!)).toBe(
        Date.parse(conversation.lastInboundAt!) + windowMs,
      );
    // Time must pass: every window above ends (the latest first message's plus a margin).
    const lastEnd = Math.max(
      ...greeted.map(({ conversation }) => Date.parse(conversation.window.expiresAt!)),
    );
    await new Promise((resolve) => setTimeout(resolve, Math.max(0, lastEnd - Date.now()) + 1_000));
  }, 120_000);

  it('refuses a free-form reply once the window closed, naming the templates that may go; a template goes', async () => {
    const { customer, conversation } = closed.template;
    const response = await t.admin.sendMessageRaw(conversation.id, text('まだいらっしゃいますか？'));
    const body = await refusal(response, 409, windowClosedErrorSchema);
    expect(body.message).toMatch(/window closed at/);
    expect(body.templates).toContainEqual(
      expect.objectContaining({ id: helloWorld.id, name: demoTemplateName, category: expect.any(String) }),
    );
    expect(body.fallbackTemplate).toBeNull();
    expect(await t.outbound(conversation.id)).toHaveLength(1);

    const template = await t.admin.sendMessage(conversation.id, {
      clientId: randomUUID(),
      message: { type: 'template', templateId: helloWorld.id, parameters: { body: {}, buttons: {} } },
    });
    expect(template).toMatchObject({
      type: 'template',
      content: { type: 'template', name: demoTemplateName, templateId: helloWorld.id },
      error: null,
      sentBy: { id: t.admin.session!.user.id },
    });
    expect(delivered).toContain(template.status);
    await expectEventually(async () => {
      const phone = await t.received(customer.waId);
      expect(phone.map((message) => [message.type, message.id])).toEqual([
        ['text', expect.any(String)],
        ['template', template.platformMessageId],
      ]);
    });
    // A template does not reopen the window: free-form is still refused.
    expect((await t.admin.sendMessageRaw(conversation.id, text('いかがでしょうか？'))).status).toBe(409);
  }, 60_000);

  it('holds a reply behind the fallback template until the customer answers, then sends it; without a fallback it refuses', async () => {
    const without = await t.admin.sendMessageRaw(
      closed.noFallback.conversation.id,
      text('ご連絡ください', { holdIfClosed: true }),
    );
    const refused = await refusal(without, 409, apiErrorSchema);
    expect(refused.code).toBe('NO_FALLBACK_TEMPLATE');
    expect(await t.outbound(closed.noFallback.conversation.id)).toHaveLength(1);

    const path = `/api/channel-accounts/${accountId}/automatic-replies`;
    const before = await t.admin.call('GET', path, automaticRepliesResponseSchema);
    const settings: AutomaticReplies = {
      language: before.language,
      greeting: before.greeting,
      away: before.away,
      businessHours: before.businessHours,
      fallbackTemplate: { templateId: helloWorld.id, parameters: { body: {}, buttons: {} } },
    };
    const updated = await t.admin.call('PUT', path, automaticRepliesResponseSchema, settings);
    expect(updated).toMatchObject({
      fallbackTemplate: { templateId: helloWorld.id },
      fallbackTemplateProblem: null,
      greeting: { enabled: true, text: demoGreeting },
    });
    try {
      const { customer, conversation } = closed.held;
      // Without holdIfClosed, the refusal now names the fallback template.
      const plain = await refusal(
        await t.admin.sendMessageRaw(conversation.id, text('在庫が入りました')),
        409,
        windowClosedErrorSchema,
      );
      expect(plain.fallbackTemplate).toMatchObject({ id: helloWorld.id, name: demoTemplateName });

      const held = await t.admin.sendMessage(
        conversation.id,
        text('ご注文の商品の在庫が入りました。', { holdIfClosed: true }),
      );
      expect(held).toMatchObject({
        status: 'held',
        text: 'ご注文の商品の在庫が入りました。',
        sentBy: { id: t.admin.session!.user.id },
      });
      expect((await t.admin.conversation(conversation.id)).heldCount).toBe(1);
      // The customer got the template, not the held message.
      const fallback = await expectEventually(async () => {
        const phone = await t.received(customer.waId);
        expect(phone.map((message) => message.type)).toEqual(['text', 'template']);
        return phone[1]!;
      });
      const thread = await t.outbound(conversation.id);
      expect(thread.map((message) => [message.type, message.status === 'held'])).toEqual([
        ['text', false],
        ['template', false],
        ['text', true],
      ]);
      expect(thread[1]).toMatchObject({
        platformMessageId: fallback.id,
        content: { name: demoTemplateName },
      });
      await expectConsistently(
        async () =>
          expect((await t.received(customer.waId)).map((message) => message.type)).toEqual([
            'text',
            'template',
          ]),
        { duration: 1_500 },
      );

      // The customer answers: the held message goes (and is this window's answer: no greeting).
      await t.sandbox.sendAsCustomer(customer.waId, 'はい、お願いします', customer.name);
      const sent = await expectEventually(
        async () => {
          const stored = (await t.outbound(conversation.id)).find((message) => message.id === held.id);
          expect(delivered, `the held message's status (${stored?.status})`).toContain(stored?.status);
          return stored!;
        },
        { description: 'the held message sent' },
      );
      const phone = await expectEventually(async () => {
        const got = await t.received(customer.waId);
        expect(got.map((message) => message.type)).toEqual(['text', 'template', 'text']);
        expect(got[2]?.text).toBe('ご注文の商品の在庫が入りました。');
        return got;
      });
      expect(phone[2]?.id).toBe(sent.platformMessageId);
      expect((await t.admin.conversation(conversation.id)).heldCount).toBe(0);
      await expectConsistently(async () => expect(await t.outbound(conversation.id)).toHaveLength(3), {
        duration: 2_000,
      });
    } finally {
      await t.admin.call('PUT', path, automaticRepliesResponseSchema, {
        ...settings,
        fallbackTemplate: null,
      });
    }
  }, 90_000);

  it('opens a new window with a reaction or a button tap without a greeting; the next text is greeted', async () => {
    const { reaction, tap } = closed;
    const greeting = (await t.received(reaction.customer.waId))[0]!;
    const reacted = await t.sandbox.customerSends(reaction.customer.waId, {
      type: 'reaction',
      messageId: greeting.id,
      emoji: '👍',
    });
    expect(reacted.webhookStatus).toBe(200);
    const choice = z
      .object({ action: z.object({ buttons: z.array(z.object({ reply: z.object({ id: z.string() }) })) }) })
      .parse(
        (await t.received(tap.customer.waId)).find((message) => message.id === buttons.platformMessageId)
          ?.content,
      );
    const tapped = await t.sandbox.tap(tap.customer.waId, buttons.platformMessageId!, {
      buttonId: choice.action.buttons[1]!.reply.id,
    });
    expect(tapped.webhookStatus).toBe(200);

    for (const { conversation } of [reaction, tap]) {
      const reopened = await expectEventually(
        async () => {
          const found = await t.admin.conversation(conversation.id);
          expect(Date.parse(found.window.expiresAt!)).toBeGreaterThan(Date.now());
          return found;
        },
        { description: 'the window reopened' },
      );
      expect(Date.parse(reopened.window.expiresAt!)).toBe(Date.parse(reopened.lastInboundAt!) + windowMs);
    }
    expect((await t.inbound(tap.conversation.id)).at(-1)).toMatchObject({
      text: '明日',
      replyTo: { messageId: buttons.id },
    });
    await expectConsistently(
      async () => {
        expect(await t.outbound(reaction.conversation.id)).toHaveLength(1);
        expect(await t.outbound(tap.conversation.id)).toHaveLength(2);
      },
      { duration: 2_500 },
    );

    // Free-form is allowed again; the first real message of the window gets its greeting.
    for (const { customer } of [reaction, tap])
      await t.sandbox.sendAsCustomer(customer.waId, 'もう一つ質問です', customer.name);
    await t.outboundTexts(reaction.conversation.id, [demoGreeting, demoGreeting]);
    await t.outboundTexts(tap.conversation.id, [demoGreeting, 'ご来店日時を選んでください', demoGreeting]);
    const answer = await t.admin.sendMessage(reaction.conversation.id, text('どうぞ。'));
    expect(delivered).toContain(answer.status);
  }, 60_000);
});
