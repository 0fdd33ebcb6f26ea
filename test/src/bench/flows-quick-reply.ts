import type { SandboxClient } from '../support/clients.js';
import type { OutboundFeed, Received } from './flows-feed.js';
import { quickReplyKeyword, type QuickReplyPlan } from './flows-graphs.js';
import { ratePerSecond, summarize, type Summary } from './stats.js';

/** One tap of one customer. */
export interface TapRecord {
  /** Epoch ms just before the tap was posted to the sandbox. */
  tapAt: number;
  /** The sandbox's answer to the tap (it posts the webhook and waits for the engine's 200). */
  ackMs?: number;
  /** Epoch ms the next message after the tap was accepted by the sandbox. */
  nextAt?: number;
  /** The next buttons message after the tap (none after the last tap). */
  nextButtonsAt?: number;
}

/** One customer going through the quick-reply flow. */
export interface QuickReplyCustomer {
  waId: string;
  /** Epoch ms just before the keyword was posted to the sandbox. */
  sentAt: number;
  /** The first buttons message. */
  firstButtonsAt?: number;
  taps: TapRecord[];
  /** The last message the flow sends (after the last tap): the run is through. */
  endAt?: number;
  /** Where it stopped short: what it waited for in vain, or the error. */
  stuck?: string;
}

/** A customer's wa_id: the run's tag, the part, the round and the index (never one twice in a run). */
export function benchCustomer(tag: string, part: number, round: number, index: number): string {
  return `448${tag}${part}${String(round).padStart(2, '0')}${String(index).padStart(5, '0')}`;
}

/**
 * One customer: sends the keyword, taps the planned button of each buttons message as soon as the
 * feed brings it, and waits for the message each tap leads to, until the flow's last message.
 */
export async function quickReplyCustomer(
  sandbox: SandboxClient,
  feed: OutboundFeed,
  plan: QuickReplyPlan,
  waId: string,
  timeoutMs: number,
): Promise<QuickReplyCustomer> {
  const customer: QuickReplyCustomer = { waId, sentAt: Date.now(), taps: [] };
  feed.follow(waId);
  try {
    const sent = await sandbox.customerSends(waId, {
      text: quickReplyKeyword,
      name: `Flow bench ${waId.slice(-8)}`,
    });
    if (sent.webhookStatus !== 200)
      throw new Error(`the engine answered the keyword's webhook ${sent.webhookStatus}`);
    for (const [index, step] of plan.taps.entries()) {
      const menu = await feed.next(
        waId,
        (list) => list.filter((message) => message.type === 'interactive')[index],
        timeoutMs,
      );
      if (!menu) {
        customer.stuck = `no buttons message ${index + 1} within ${timeoutMs / 1000} s`;
        return customer;
      }
      const previous = customer.taps.at(-1);
      if (previous) previous.nextButtonsAt = menu.at;
      else customer.firstButtonsAt = menu.at;
      const tap: TapRecord = { tapAt: Date.now() };
      customer.taps.push(tap);
      const began = performance.now();
      await tapButton(sandbox, waId, menu, step.buttonId);
      tap.ackMs = performance.now() - began;
      const next = await feed.next(
        waId,
        (list) => list.find((message) => message.at >= tap.tapAt && message.id !== menu.id),
        timeoutMs,
      );
      if (!next) {
        customer.stuck = `no message after tap ${index + 1} within ${timeoutMs / 1000} s`;
        return customer;
      }
      tap.nextAt = next.at;
    }
    customer.endAt = customer.taps.at(-1)?.nextAt;
  } catch (error) {
    customer.stuck = error instanceof Error ? error.message : String(error);
  }
  return customer;
}

/**
 * Taps the button the plan names; when the sandbox says the message has no such button (the flow
 * sent other ids than `flow:<nodeId>:<optionId>`), reads the phone and taps the message's first
 * button instead, and says so once.
 */
async function tapButton(
  sandbox: SandboxClient,
  waId: string,
  menu: Received,
  buttonId: string,
): Promise<void> {
  try {
    const tapped = await sandbox.tap(waId, menu.id, { buttonId });
    if (tapped.webhookStatus !== 200)
      throw new Error(`the engine answered the tap's webhook ${tapped.webhookStatus}`);
    return;
  } catch (error) {
    if (!(error instanceof Error) || !error.message.includes(' 400:')) throw error;
    const phone = await sandbox.phone(waId);
    const content = phone.items.find((item) => item.id === menu.id)?.content as
      { action?: { buttons?: { reply?: { id?: string } }[] } } | undefined;
    const shown = content?.action?.buttons?.[0]?.reply?.id;
    if (!shown) throw error;
    if (!warnedAboutIds) {
      warnedAboutIds = true;
      process.stderr.write(
        `note: the buttons message has ids like ${shown}, not ${buttonId}; tapping what it shows\n`,
      );
    }
    const tapped = await sandbox.tap(waId, menu.id, { buttonId: shown });
    if (tapped.webhookStatus !== 200)
      throw new Error(`the engine answered the tap's webhook ${tapped.webhookStatus}`, { cause: error });
  }
}
let warnedAboutIds = false;

/** What one round of the quick-reply flow came to. */
export interface QuickReplyRound {
  customers: number;
  /** Customers who got the flow's last message. */
  through: number;
  stuck: Record<string, number>;
  /** Keyword posted → first buttons message accepted by the sandbox. */
  firstMs: Summary;
  /** Tap posted → the next message accepted by the sandbox (every tap). */
  tapToNextMs: Summary;
  /** Tap posted → the next buttons message (taps before the last). */
  tapToButtonsMs: Summary;
  /** The sandbox's answer to a tap (webhook posted to the engine and acknowledged). */
  tapAckMs: Summary;
  /** First keyword posted → last message of the round, in ms. */
  spanMs: number;
  /** Messages the customers received, and how many more than the flow sends (re-asks, greetings, duplicates). */
  messages: number;
  extraMessages: number;
}

export function quickReplyRoundFigures(
  customers: readonly QuickReplyCustomer[],
  feed: OutboundFeed,
  plan: QuickReplyPlan,
): QuickReplyRound {
  const stuck: Record<string, number> = {};
  for (const customer of customers) {
    if (customer.stuck === undefined) continue;
    stuck[customer.stuck] = (stuck[customer.stuck] ?? 0) + 1;
  }
  const taps = customers.flatMap((customer) => customer.taps);
  const start = Math.min(...customers.map((customer) => customer.sentAt));
  const ends = customers.flatMap((customer) => feed.messages(customer.waId).map((message) => message.at));
  const messages = ends.length;
  return {
    customers: customers.length,
    through: customers.filter((customer) => customer.endAt !== undefined).length,
    stuck,
    firstMs: summarize(
      customers.flatMap((customer) =>
        customer.firstButtonsAt === undefined ? [] : [customer.firstButtonsAt - customer.sentAt],
      ),
    ),
    tapToNextMs: summarize(taps.flatMap((tap) => (tap.nextAt === undefined ? [] : [tap.nextAt - tap.tapAt]))),
    tapToButtonsMs: summarize(
      taps.flatMap((tap) => (tap.nextButtonsAt === undefined ? [] : [tap.nextButtonsAt - tap.tapAt])),
    ),
    tapAckMs: summarize(taps.flatMap((tap) => (tap.ackMs === undefined ? [] : [tap.ackMs]))),
    spanMs: ends.length ? Math.max(...ends) - start : Number.NaN,
    messages,
    extraMessages: Math.max(0, messages - customers.length * plan.messages),
  };
}

/** One customer of the automatic-reply comparison: a first message without the keyword, and the greeting. */
export interface GreetedCustomer {
  waId: string;
  sentAt: number;
  repliedAt?: number;
  error?: string;
}

/**
 * The same run's plain automatic reply: `concurrency` customers at once, each writing `perCustomer`
 * times as a new customer (so the greeting answers every message), one message in flight each, as
 * the quick-reply customers have.
 */
export async function greetingRound(
  sandbox: SandboxClient,
  feed: OutboundFeed,
  customer: (index: number) => string,
  concurrency: number,
  perCustomer: number,
  timeoutMs: number,
): Promise<{ customers: GreetedCustomer[]; latencyMs: Summary; answeredPerSecond: number }> {
  const customers: GreetedCustomer[] = [];
  await Promise.all(
    Array.from({ length: concurrency }, async (_, lane) => {
      for (let turn = 0; turn < perCustomer; turn++) {
        const waId = customer(lane * perCustomer + turn);
        feed.follow(waId);
        const greeted: GreetedCustomer = { waId, sentAt: Date.now() };
        customers.push(greeted);
        try {
          const sent = await sandbox.customerSends(waId, {
            text: 'Hello there',
            name: `Greeting bench ${waId.slice(-8)}`,
          });
          if (sent.webhookStatus !== 200) throw new Error(`webhook answered ${sent.webhookStatus}`);
          const reply = await feed.next(waId, (list) => list[0], timeoutMs);
          if (!reply) throw new Error(`no reply within ${timeoutMs / 1000} s`);
          greeted.repliedAt = reply.at;
        } catch (error) {
          greeted.error = error instanceof Error ? error.message : String(error);
        }
      }
    }),
  );
  const replied = customers.filter((entry) => entry.repliedAt !== undefined);
  const start = Math.min(...customers.map((entry) => entry.sentAt));
  const end = Math.max(...replied.map((entry) => entry.repliedAt ?? 0));
  return {
    customers,
    latencyMs: summarize(replied.map((entry) => (entry.repliedAt ?? 0) - entry.sentAt)),
    answeredPerSecond: ratePerSecond(replied.length, end - start),
  };
}
