import { createServer, type Server } from 'node:http';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { startSandbox, type RunningSandbox } from '@parley/connector-whatsapp/sandbox';
import { afterAll, beforeAll } from 'vitest';

/** The sandbox's seeded business number and its WhatsApp Business Account (the test fixtures' account). */
export const sandboxNumber = { phoneNumberId: '100000000000001', wabaId: '100000000000000' };
const secrets = {
  appSecret: 'test-chat-app-secret',
  accessToken: 'test-chat-token',
  verifyToken: 'test-chat-verify',
};

/**
 * The WhatsApp sandbox for an API app test, started before the app (call it before `useApiApp`,
 * with the `env` given to it): the engine's WhatsApp base URL and app secret point at it, and its
 * webhooks reach the app through a small forwarder (the app itself answers `inject` only), to the
 * seeded WABA, subscribed. `app` names the app once it runs.
 */
export function useWhatsAppSandbox(env: Record<string, string>, app: () => NestFastifyApplication) {
  let forwarder: Server | undefined;
  let sandbox: RunningSandbox | undefined;
  beforeAll(async () => {
    forwarder = createServer((request, response) => {
      const chunks: Buffer[] = [];
      request.on('data', (chunk: Buffer) => chunks.push(chunk));
      request.on('end', () => {
        const headers = Object.fromEntries(
          Object.entries(request.headers).flatMap(([name, value]) =>
            typeof value === 'string' ? [[name, value]] : [],
          ),
        );
        void app()
          .inject({
            method: request.method as 'POST',
            url: request.url ?? '/',
            headers,
            payload: Buffer.concat(chunks),
          })
          .then((answer) =>
            response.writeHead(answer.statusCode, { 'content-type': 'text/plain' }).end(answer.body),
          );
      });
    });
    await new Promise<void>((resolve) => forwarder!.listen(0, '127.0.0.1', resolve));
    const address = forwarder.address();
    const port = typeof address === 'object' && address ? address.port : 0;
    sandbox = await startSandbox({
      port: 0,
      host: '127.0.0.1',
      webhookUrl: `http://127.0.0.1:${port}/webhooks/whatsapp`,
      appSecret: secrets.appSecret,
      accessToken: secrets.accessToken,
      phoneNumberId: sandboxNumber.phoneNumberId,
      displayPhoneNumber: '+1 555 0100',
      businessAccountId: sandboxNumber.wabaId,
      statusDelaysMs: { sent: 0, delivered: 0, read: 0 },
    });
    Object.assign(env, {
      WHATSAPP_API_BASE_URL: sandbox.url,
      WHATSAPP_APP_ID: '100000000000900',
      WHATSAPP_APP_SECRET: secrets.appSecret,
      WHATSAPP_VERIFY_TOKEN: secrets.verifyToken,
    });
    await graph('POST', `/${sandboxNumber.wabaId}/subscribed_apps`, {});
  }, 60_000);
  afterAll(async () => {
    await sandbox?.close();
    forwarder?.close();
  });

  /** The sandbox's Graph API, as the engine's WhatsApp connector calls it. */
  async function graph(
    method: 'POST' | 'GET',
    path: string,
    body?: unknown,
  ): Promise<Record<string, unknown>> {
    if (!sandbox) throw new Error('the sandbox is not running');
    const response = await fetch(`${sandbox.url}/v23.0${path}`, {
      method,
      headers: { authorization: `Bearer ${secrets.accessToken}`, 'content-type': 'application/json' },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
    const answer = (await response.json()) as Record<string, unknown>;
    if (!response.ok)
      throw new Error(`${method} ${path} answered ${response.status}: ${JSON.stringify(answer)}`);
    return answer;
  }

  return {
    graph,
    /** The business sends `interactive` to `waId`, as a flow's reply-buttons node does: its wamid. */
    async businessSends(waId: string, interactive: Record<string, unknown>): Promise<string> {
      const sent = await graph('POST', `/${sandboxNumber.phoneNumberId}/messages`, {
        messaging_product: 'whatsapp',
        to: waId,
        type: 'interactive',
        interactive,
      });
      return (sent.messages as { id: string }[])[0]!.id;
    },
    /** Stops the sandbox: the engine finds it unreachable from then on. */
    stop: () => sandbox?.close(),
  };
}
