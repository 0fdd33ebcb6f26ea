import { inboundTextWebhook, signWebhook } from '../support/webhooks.js';
import type { IntakeTarget } from './intake-load.js';
import { runOpenLoop, type OpenLoopResult } from './open-loop.js';

/** One webhook of the resting part: a new customer writing the resting flow's keyword. */
export interface RestingSend {
  waId: string;
  /** Epoch ms it was posted; 0 until then. */
  sentAt: number;
  status?: number;
  ackMs?: number;
}

export interface RestingSending {
  readonly sends: RestingSend[];
  /** Resolves once every webhook has been posted (and acknowledged, or given up on). */
  readonly done: Promise<OpenLoopResult>;
}

/**
 * Posts `count` signed inbound text webhooks carrying `text`, one per new customer, straight to
 * the engine at `rate` per second (open loop, as bench:soak opens conversations): the engine
 * acknowledges each at once and its outbox feeds Temporal as fast as it takes them.
 */
export function sendKeywords(
  target: IntakeTarget,
  load: {
    rate: number;
    count: number;
    concurrency: number;
    text: string;
    customer: (index: number) => string;
  },
): RestingSending {
  const sends: RestingSend[] = Array.from({ length: load.count }, (_, index) => ({
    waId: load.customer(index),
    sentAt: 0,
  }));
  const done = runOpenLoop(
    {
      rate: load.rate,
      count: load.count,
      concurrency: load.concurrency,
      deadlineMs: (load.count / load.rate) * 1000 + 120_000,
      settleTimeoutMs: 35_000,
    },
    async (index) => {
      const send = sends[index];
      if (!send) return;
      const { body } = inboundTextWebhook({
        phoneNumberId: target.phoneNumberId,
        waId: send.waId,
        name: `Resting ${send.waId.slice(-8)}`,
        text: load.text,
      });
      const signature = signWebhook(target.appSecret, body);
      send.sentAt = Date.now();
      const began = performance.now();
      try {
        const response = await fetch(`${target.engineUrl}/webhooks/whatsapp`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', 'x-hub-signature-256': signature },
          body,
          signal: AbortSignal.timeout(30_000),
        });
        await response.arrayBuffer();
        send.ackMs = performance.now() - began;
        send.status = response.status;
      } catch {
        send.status = 0;
      }
    },
  );
  return { sends, done };
}
