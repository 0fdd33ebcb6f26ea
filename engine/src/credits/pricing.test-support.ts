import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ChannelClient, OutboundMessage, SendRequest, SendResult } from '@parley/connector-sdk';
import { whatsappConnector } from '@parley/connector-whatsapp';
import {
  type PriceListInput,
  type TemplateContent,
  billingCategories,
  defaultPriceListInput,
} from '@parley/contracts';
import { pino } from 'pino';
import type { ChannelClients } from '../channels/channel-clients.service.js';
import { InboxPublisher } from '../inbox/inbox-publisher.service.js';
import type { Database } from '../infrastructure/database/database.js';
import { OutboundCredits } from '../messaging/outbound-credits.js';
import { OutboundSender } from '../messaging/outbound-sender.js';
import { creditServices } from './credits.test-support.js';
import { MessagePricing } from './message-pricing.service.js';
import { MessageSettlement } from './message-settlement.js';

type RuleSet = PriceListInput['ruleSets'][number];

/** A price list where every category costs `credits` in every market, under one rule set. */
export function flatPriceList(ruleSet: Partial<RuleSet> = {}, credits = 1): PriceListInput {
  const rates = Object.fromEntries(billingCategories.map((category) => [category, credits]));
  return {
    rateCards: [{ id: 'flat', markets: { default: rates } }],
    ruleSets: [
      {
        id: 'flat-per-message',
        effectiveFrom: '2020-01-01T00:00:00Z',
        description: { en: 'test' },
        model: 'per_message',
        rateCard: 'flat',
        freeInsideWindow: ['service', 'utility'],
        freeInEntryPoint: [],
        ...ruleSet,
      },
    ],
    purchase: defaultPriceListInput.purchase,
  };
}

/**
 * The credits services plus pricing and settlement, configured as the environment `env` would;
 * with `priceList`, as if PRICE_LIST_FILE named a file of it.
 */
export function pricingServices(
  database: Database,
  env: Record<string, string> = {},
  priceList?: PriceListInput,
) {
  const dir = priceList ? mkdtempSync(join(tmpdir(), 'parley-prices-')) : undefined;
  try {
    if (dir) {
      env = { ...env, PRICE_LIST_FILE: join(dir, 'prices.json') };
      writeFileSync(env.PRICE_LIST_FILE!, JSON.stringify(priceList));
    }
    const base = creditServices(database, env); // reads the file
    const pricing = new MessagePricing(database, base.prices, base.ledger, base.accounts);
    const settlement = new MessageSettlement(base.ledger, pricing, base.prices);
    return { ...base, pricing, settlement };
  } finally {
    if (dir) rmSync(dir, { recursive: true, force: true });
  }
}
export type PricingServices = ReturnType<typeof pricingServices>;

/** Gives the organisation credits (an operator's adjustment). */
export async function grant(services: PricingServices, organisationId: string, credits: number) {
  await services.ledger.adjust({
    organisationId,
    key: `grant:${randomUUID()}`,
    amount: credits,
    note: 'test credits',
    actorUserId: null,
  });
}

/** A WhatsApp channel that records what it is asked to send, answering with a fresh platform id. */
export class FakeChannel {
  readonly sent: SendRequest[] = [];
  /** Throw this instead of sending. */
  failWith: Error | undefined;
  /** Runs before the answer, with the platform id (status webhooks that overtake the answer). */
  beforeAnswer: ((platformMessageId: string) => Promise<void>) | undefined;
  private next = 0;

  readonly client = {
    manifest: whatsappConnector.manifest,
    send: async (request: SendRequest): Promise<SendResult> => {
      if (this.failWith) throw this.failWith;
      this.sent.push(request);
      const platformMessageId = `wamid.test.${(this.next += 1)}`;
      await this.beforeAnswer?.(platformMessageId);
      return { platformMessageId };
    },
  } as unknown as ChannelClient;

  readonly clients = {
    clientFor: () => ({ id: 'whatsapp' as const, client: this.client }),
  } as unknown as ChannelClients;
}

/** The real sender over the fake channel and the given credits services. */
export function outboundSender(database: Database, services: PricingServices, channel: FakeChannel) {
  return new OutboundSender(
    pino({ level: 'silent' }),
    database,
    channel.clients,
    new InboxPublisher(database, services.events),
    new OutboundCredits(services.pricing),
    services.ledger,
    services.settlement,
  );
}

/** An approved template of the account's WABA, Parley-made, with one body variable. */
export async function addTemplate(
  database: Database,
  organisationId: string,
  wabaId: string,
  category: TemplateContent['category'],
): Promise<string> {
  const id = randomUUID();
  const now = new Date();
  const content: TemplateContent = {
    category,
    header: null,
    body: 'Your order {{1}} has news.',
    examples: { '1': 'A-1001' },
    footer: '',
    buttons: [],
    authentication: null,
    allowCategoryChange: false,
  };
  await database
    .sql()
    .insertInto('MessageTemplate')
    .values({
      id,
      organisation: organisationId,
      wabaId,
      platformTemplateId: id.slice(0, 8),
      name: `order_${id.slice(0, 4)}`,
      language: 'ja',
      category,
      status: 'APPROVED',
      components: [],
      content,
      origin: 'parley',
      enabled: true,
      approvedEdits: [],
      importedAt: now,
      updatedAt: now,
    })
    .execute();
  return id;
}

/** A stored template message of that category (what the sender sees of a template send). */
export function templateMessage(category: TemplateContent['category']) {
  const stored = {
    type: 'template',
    text: 'Your order A-1 has news.',
    content: { type: 'template', name: 'order', language: 'ja', category },
  };
  return {
    stored,
    message: (): OutboundMessage => ({ type: 'template', name: 'order', language: 'ja' }),
  };
}

/** Whether the account's balance and the sum of its ledger agree, and what they are. */
export async function ledger(database: Database, organisationId: string) {
  const sql = database.sql();
  const entries = await sql
    .selectFrom('CreditEntry')
    .select(['kind', 'amount', 'key', 'category', 'market'])
    .where('organisation', '=', organisationId)
    .execute();
  const account = await sql
    .selectFrom('CreditAccount')
    .select(['balance', 'reserved'])
    .where('organisation', '=', organisationId)
    .executeTakeFirst();
  return {
    entries,
    of: (kind: string) => entries.filter((entry) => entry.kind === kind),
    balance: account?.balance ?? 0,
    reserved: account?.reserved ?? 0,
    sum: entries.reduce((total, entry) => total + entry.amount, 0),
  };
}
