import { randomInt } from 'node:crypto';
import { SandboxClient, type SandboxOutbound } from '../support/clients.js';
import type { Stack } from '../support/stack.js';
import { inboundTextWebhook, signWebhook } from '../support/webhooks.js';
import { runOpenLoop, sleep, type OpenLoopResult } from './open-loop.js';

export interface IntakeTarget {
  engineUrl: string;
  sandboxUrl: string;
  appSecret: string;
  phoneNumberId: string;
}

/** An own stack's engine, sandbox, app secret and business number. */
export function stackIntakeTarget(stack: Stack): IntakeTarget {
  return {
    engineUrl: stack.engine.url,
    sandboxUrl: stack.sandbox.url,
    appSecret: stack.secrets.appSecret,
    phoneNumberId: stack.phoneNumberId,
  };
}

export interface IntakeLoad {
  rate: number;
  count: number;
  concurrency: number;
  /** How long to wait for replies after the last send. */
  replyTimeoutMs: number;
}

export interface Send {
  waId: string;
  /** Epoch ms when the request was sent. */
  sentAt: number;
  /** Milliseconds until the engine's response, when one came. */
  ackMs?: number;
  /** Epoch ms of the response. */
  ackAt?: number;
  status?: number;
  error?: string;
}

export interface IntakeRun {
  /** Epoch ms the run began (replies are looked up from shortly before it). */
  startedAt: number;
  loop: OpenLoopResult;
  sends: Send[];
  /** The sandbox's outbound messages to this run's customers, by wa_id. */
  replies: Map<string, SandboxOutbound[]>;
  /** True when the wait for replies ran out before every acknowledged customer was answered. */
  replyWaitTimedOut: boolean;
}

/**
 * Posts `count` signed inbound text webhooks for as many new customers straight to the engine on
 * an open-loop schedule, then collects the replies the sandbox received for them.
 */
export async function runIntake(target: IntakeTarget, load: IntakeLoad): Promise<IntakeRun> {
  const tag = String(randomInt(0, 1_000_000)).padStart(6, '0');
  const requests = Array.from({ length: load.count }, (_, index) => {
    const waId = `4479${tag}${String(index).padStart(6, '0')}`;
    const { body } = inboundTextWebhook({
      phoneNumberId: target.phoneNumberId,
      waId,
      name: `Bench ${tag} ${index}`,
      text: `Hello from bench customer ${index}`,
    });
    return { waId, body, signature: signWebhook(target.appSecret, body) };
  });
  const sends: Send[] = requests.map(({ waId }) => ({ waId, sentAt: 0 }));
  const startedAt = Date.now();

  const loop = await runOpenLoop(
    {
      rate: load.rate,
      count: load.count,
      concurrency: load.concurrency,
      deadlineMs: (load.count / load.rate) * 1000 + 60_000,
      settleTimeoutMs: 35_000,
    },
    async (index) => {
      const request = requests[index];
      const send = sends[index];
      if (!request || !send) return;
      send.sentAt = Date.now();
      const began = performance.now();
      try {
        const response = await fetch(`${target.engineUrl}/webhooks/whatsapp`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', 'x-hub-signature-256': request.signature },
          body: request.body,
          signal: AbortSignal.timeout(30_000),
        });
        await response.arrayBuffer();
        send.ackMs = performance.now() - began;
        send.ackAt = Date.now();
        send.status = response.status;
      } catch (error) {
        send.error =
          error instanceof Error
            ? error.cause instanceof Error
              ? error.cause.message
              : error.message
            : String(error);
      }
    },
  );

  const waiting = new Set(sends.filter((send) => send.status === 200).map((send) => send.waId));
  const customers = new Set(sends.map((send) => send.waId));
  const { replies, timedOut } = await collectReplies(new SandboxClient(target.sandboxUrl), {
    since: startedAt - 2_000,
    customers,
    waiting,
    deadline: loop.lastStartAt + load.replyTimeoutMs,
  });
  return { startedAt, loop, sends, replies, replyWaitTimedOut: timedOut };
}

/**
 * Polls the sandbox's record of sent messages until every customer in `waiting` has a reply or the
 * deadline passes; then looks once more a little later, so a late duplicate is seen too.
 */
async function collectReplies(
  sandbox: SandboxClient,
  {
    since,
    customers,
    waiting,
    deadline,
  }: { since: number; customers: Set<string>; waiting: Set<string>; deadline: number },
): Promise<{ replies: Map<string, SandboxOutbound[]>; timedOut: boolean }> {
  const replies = new Map<string, SandboxOutbound[]>();
  const seen = new Set<string>();
  let cursor = since;
  const poll = async () => {
    const items = await sandbox.outbound(new Date(cursor), AbortSignal.timeout(15_000));
    let latest = cursor;
    for (const item of items) {
      latest = Math.max(latest, Date.parse(item.acceptedAt) || latest);
      if (seen.has(item.id) || !customers.has(item.to)) continue;
      seen.add(item.id);
      const list = replies.get(item.to) ?? [];
      list.push(item);
      replies.set(item.to, list);
      waiting.delete(item.to);
    }
    // Ask only for what is new next time, with an overlap for messages accepted out of order.
    cursor = Math.max(since, latest - 5_000);
  };

  let timedOut = false;
  for (;;) {
    try {
      await poll();
    } catch (error) {
      process.stderr.write(
        `polling the sandbox failed: ${error instanceof Error ? error.message : String(error)}\n`,
      );
    }
    if (waiting.size === 0) break;
    if (Date.now() > deadline) {
      timedOut = true;
      break;
    }
    await sleep(1_000);
  }
  await sleep(2_000);
  cursor = since;
  await poll().catch(() => {});
  return { replies, timedOut };
}
