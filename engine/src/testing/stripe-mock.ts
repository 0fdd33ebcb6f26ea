import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import { once } from 'node:events';
import { fileURLToPath } from 'node:url';

/** stripe-mock on a free loopback port: Stripe's API as its OpenAPI spec and fixtures describe it. */
export interface StripeMock {
  /** For STRIPE_API_URL: http://127.0.0.1:<port> */
  url: string;
  stop(): Promise<void>;
}

/** The binary: PARLEY_STRIPE_MOCK (npm test sets it), else installed by scripts/ensure-stripe-mock.sh. */
function binary(): string {
  if (process.env.PARLEY_STRIPE_MOCK) return process.env.PARLEY_STRIPE_MOCK;
  const ensure = fileURLToPath(new URL('../../../scripts/ensure-stripe-mock.sh', import.meta.url));
  return execFileSync('bash', [ensure], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] }).trim();
}

/** Starts stripe-mock and resolves once it listens (it prints the address it was given). */
export async function startStripeMock(timeoutMs = 15_000): Promise<StripeMock> {
  const child = spawn(binary(), ['-http-addr', '127.0.0.1:0', '-https-addr', '127.0.0.1:0'], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const url = await new Promise<string>((resolve, reject) => {
    const settle = (error: Error | undefined, address?: string) => {
      clearTimeout(timer);
      child.stdout.off('data', read);
      child.stderr.off('data', read);
      child.off('exit', exited);
      if (error) {
        child.kill();
        reject(error);
      } else resolve(`http://${address}`);
    };
    const read = (chunk: Buffer) => {
      output += chunk.toString();
      const address = /Listening for HTTP at address: (127\.0\.0\.1:\d+)/.exec(output)?.[1];
      if (address) settle(undefined, address);
    };
    const exited = (code: number | null) => settle(new Error(`stripe-mock exited (${code}):\n${output}`));
    const timer = setTimeout(
      () => settle(new Error(`stripe-mock did not start in ${timeoutMs} ms:\n${output}`)),
      timeoutMs,
    );
    child.stdout.on('data', read);
    child.stderr.on('data', read);
    child.once('error', (error) => settle(error));
    child.once('exit', exited);
  });
  // Its request log is not needed; keep the pipes drained.
  child.stdout.resume();
  child.stderr.resume();
  return { url, stop: () => stop(child) };
}

async function stop(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = once(child, 'exit');
  child.kill('SIGTERM');
  await exited;
}

/** A Checkout Session event as Stripe sends it, for the webhook tests. */
export function checkoutEvent(
  type: string,
  session: { id: string; purchaseId: string; payment_status?: string; status?: string },
  eventId = `evt_test_${Math.random().toString(36).slice(2, 12)}`,
): string {
  return JSON.stringify({
    id: eventId,
    object: 'event',
    api_version: '2026-10-28.endive',
    created: Math.floor(Date.now() / 1000),
    livemode: false,
    pending_webhooks: 1,
    request: { id: null, idempotency_key: null },
    type,
    data: {
      object: {
        id: session.id,
        object: 'checkout.session',
        mode: 'payment',
        client_reference_id: session.purchaseId,
        metadata: { purchaseId: session.purchaseId },
        payment_status: session.payment_status ?? 'paid',
        status: session.status ?? 'complete',
      },
    },
  });
}
