import { once } from 'node:events';
import { createServer, type IncomingHttpHeaders } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface ReceivedWebhook {
  headers: IncomingHttpHeaders;
  rawBody: Buffer;
  json: unknown;
  answeredWith: number;
}

export interface WebhookReceiver {
  url: string;
  received: ReceivedWebhook[];
  /** Status codes to answer with, in order; 200 once they run out. */
  answers: number[];
  close(): Promise<void>;
}

export interface WebhookReceiverOptions {
  /** Status codes to answer with, in order; 200 once they run out. */
  answers?: number[];
  /** The path of `url` (the receiver accepts any path); default `/webhooks`. */
  path?: string;
  /** The body of a 2xx answer, as the platform's real endpoint would send it; default `ok`. */
  okBody?: string;
}

/** A small HTTP server standing in for the engine's webhook endpoint; it keeps every raw request. */
export async function startWebhookReceiver(options: WebhookReceiverOptions = {}): Promise<WebhookReceiver> {
  const { answers = [], path = '/webhooks', okBody = 'ok' } = options;
  const receiver: Omit<WebhookReceiver, 'url' | 'close'> = { received: [], answers: [...answers] };
  const server = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      const rawBody = Buffer.concat(chunks);
      const status = receiver.answers.shift() ?? 200;
      receiver.received.push({
        headers: request.headers,
        rawBody,
        json: JSON.parse(rawBody.toString('utf8')) as unknown,
        answeredWith: status,
      });
      response.writeHead(status, { 'content-type': 'text/plain' }).end(status < 300 ? okBody : 'nope');
    });
  });
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  const { port } = server.address() as AddressInfo;
  return {
    received: receiver.received,
    answers: receiver.answers,
    url: `http://127.0.0.1:${port}${path}`,
    close: async () => {
      server.closeAllConnections();
      server.close();
      await once(server, 'close');
    },
  };
}
