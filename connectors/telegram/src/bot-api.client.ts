import { ConnectorSendError } from '@parley/connector-sdk';
import type { TelegramConfig } from './config.schema.js';
import { botApiSendError, networkSendError } from './errors.js';

export const DEFAULT_TIMEOUT_MS = 10_000;

export interface BotApiOptions {
  fetch?: typeof fetch;
  /** Per-request timeout; 10 s by default. */
  timeoutMs?: number;
}

export interface DownloadedFile {
  data: Buffer;
  contentType: string | undefined;
}

/**
 * Calls Bot API methods (`POST {apiBaseUrl}/bot{token}/{method}` with a JSON body) and downloads
 * files. Every failure is a classified ConnectorSendError, and none carries the token.
 */
export class BotApiClient {
  private readonly base: string;
  private readonly fetch: typeof fetch;
  private readonly timeoutMs: number;

  constructor(
    private readonly config: Pick<TelegramConfig, 'apiBaseUrl' | 'botToken'>,
    options: BotApiOptions = {},
  ) {
    this.base = config.apiBaseUrl.replace(/\/+$/, '');
    this.fetch = options.fetch ?? globalThis.fetch;
    this.timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  }

  /** Calls `method` and returns its `result`. */
  async call(method: string, params: Record<string, unknown>): Promise<unknown> {
    const url = `${this.base}/bot${this.config.botToken}/${method}`;
    const { status, text } = await this.request(url, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify(params),
    });
    const body = parseJson(text);
    const envelope = body as { ok?: unknown; result?: unknown } | undefined;
    if (envelope?.ok === true && status >= 200 && status < 300) return envelope.result;
    throw botApiSendError(status, body);
  }

  /** Downloads a file by the `file_path` getFile gave. */
  async download(filePath: string): Promise<DownloadedFile> {
    const url = `${this.base}/file/bot${this.config.botToken}/${filePath}`;
    let response: Response;
    let data: Buffer;
    try {
      response = await this.fetch(url, { signal: AbortSignal.timeout(this.timeoutMs) });
      data = Buffer.from(await response.arrayBuffer());
    } catch (cause) {
      throw networkSendError(cause, this.config.botToken);
    }
    if (!response.ok) throw botApiSendError(response.status, parseJson(data.toString('utf8')));
    return { data, contentType: response.headers.get('content-type') ?? undefined };
  }

  private async request(url: string, init: RequestInit): Promise<{ status: number; text: string }> {
    try {
      const response = await this.fetch(url, { ...init, signal: AbortSignal.timeout(this.timeoutMs) });
      return { status: response.status, text: await response.text() };
    } catch (cause) {
      throw networkSendError(cause, this.config.botToken);
    }
  }
}

/** Telegram accepted the call but its answer is unreadable: retrying could do it twice. */
export function invalidResponse(method: string): ConnectorSendError {
  return new ConnectorSendError(
    `Telegram Bot API ${method} answered without the expected result`,
    'invalid_response',
    false,
    200,
  );
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}
