import { ApiError } from './api-error';
import { toApiErrorBody, toConversation, toHealth, toMessage, toPage } from './guards';
import type { Conversation, Health, Message, Page } from './types';

/** Typed client for the engine's same-origin HTTP API. Every response is checked before use. */

async function getJson(path: string, signal?: AbortSignal): Promise<{ status: number; body: unknown }> {
  const res = await fetch(path, { headers: { Accept: 'application/json' }, signal });
  let body: unknown = null;
  try {
    body = await res.json();
  } catch {
    if (signal?.aborted) throw signal.reason;
  }
  return { status: res.status, body };
}

async function request<T>(path: string, parse: (v: unknown) => T | null, signal?: AbortSignal): Promise<T> {
  const { status, body } = await getJson(path, signal);
  if (status >= 400) {
    const err = toApiErrorBody(body);
    throw new ApiError(err?.code ?? `HTTP_${status}`, err?.message ?? `HTTP ${status}`, status);
  }
  const parsed = parse(body);
  if (parsed === null) throw new ApiError('BAD_RESPONSE', `Unexpected response from ${path}`, status);
  return parsed;
}

function query(params: Record<string, string | number | null | undefined>): string {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) if (v != null) q.set(k, String(v));
  const s = q.toString();
  return s ? `?${s}` : '';
}

export const CONVERSATION_PAGE_SIZE = 50;
export const MESSAGE_PAGE_SIZE = 100;

export function listConversations(cursor: string | null, signal?: AbortSignal): Promise<Page<Conversation>> {
  const path = `/api/conversations${query({ limit: CONVERSATION_PAGE_SIZE, cursor })}`;
  return request(path, (v) => toPage(v, toConversation), signal);
}

export function getConversation(id: string, signal?: AbortSignal): Promise<Conversation> {
  return request(`/api/conversations/${encodeURIComponent(id)}`, toConversation, signal);
}

export function listMessages(
  id: string,
  before: string | null,
  signal?: AbortSignal,
): Promise<Page<Message>> {
  const path = `/api/conversations/${encodeURIComponent(id)}/messages${query({ limit: MESSAGE_PAGE_SIZE, before })}`;
  return request(path, (v) => toPage(v, toMessage), signal);
}

/** `/health` may answer 503 while degraded; its body is still the health report. */
export async function getHealth(signal?: AbortSignal): Promise<Health> {
  const { status, body } = await getJson('/health', signal);
  const health = toHealth(body);
  if (!health) throw new ApiError(`HTTP_${status}`, 'Unexpected response from /health', status);
  return health;
}

export const EVENTS_URL = '/api/events';
