import {
  MESSAGE_STATUSES,
  type Conversation,
  type Health,
  type InboxEvent,
  type Message,
  type MessageStatus,
  type Page,
} from './types';

/** Runtime checks for what the engine sends: the UI trusts nothing it has not looked at. */

type Obj = Record<string, unknown>;

const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);
const isStr = (v: unknown): v is string => typeof v === 'string';
const isStrOrNull = (v: unknown): v is string | null => v === null || typeof v === 'string';
const isDate = (v: unknown): v is string => isStr(v) && !Number.isNaN(Date.parse(v));
const isDateOrNull = (v: unknown): v is string | null => v === null || isDate(v);

export function toConversation(v: unknown): Conversation | null {
  if (!isObj(v) || !isObj(v.contact)) return null;
  const { id, channelAccountId, contact, lastMessageAt, lastMessagePreview, lastInboundAt, createdAt } = v;
  if (!isStr(id) || !isStr(channelAccountId) || !isStr(contact.id) || !isStrOrNull(contact.name)) return null;
  if (!isDate(lastMessageAt) || !isDateOrNull(lastInboundAt) || !isDate(createdAt)) return null;
  if (!isStrOrNull(lastMessagePreview) || v.channel !== 'whatsapp') return null;
  return {
    id,
    channel: 'whatsapp',
    channelAccountId,
    contact: { id: contact.id, name: contact.name },
    lastMessageAt,
    lastMessagePreview,
    lastInboundAt,
    createdAt,
  };
}

const isStatus = (v: unknown): v is MessageStatus => MESSAGE_STATUSES.some((s) => s === v);

function toError(v: unknown): Message['error'] | undefined {
  if (v === null) return null;
  if (isObj(v) && isStr(v.code) && isStr(v.message)) return { code: v.code, message: v.message };
  return undefined;
}

export function toMessage(v: unknown): Message | null {
  if (!isObj(v)) return null;
  const { id, conversationId, direction, type, text, status, platformMessageId, createdAt, statusUpdatedAt } =
    v;
  const error = toError(v.error);
  if (!isStr(id) || !isStr(conversationId) || !isStr(type) || !isStrOrNull(text)) return null;
  if (direction !== 'inbound' && direction !== 'outbound') return null;
  if (!isStatus(status) || !isStrOrNull(platformMessageId) || error === undefined) return null;
  if (!isDate(createdAt) || !isDate(statusUpdatedAt)) return null;
  return {
    id,
    conversationId,
    direction,
    // A message kind this UI does not know yet is shown as "unsupported" rather than dropped.
    type: type === 'text' ? 'text' : 'unsupported',
    text,
    status,
    platformMessageId,
    error,
    createdAt,
    statusUpdatedAt,
  };
}

/** A page whose envelope is wrong is rejected; single malformed items are skipped and reported. */
export function toPage<T>(v: unknown, item: (v: unknown) => T | null): Page<T> | null {
  if (!isObj(v) || !Array.isArray(v.items) || !isStrOrNull(v.nextCursor)) return null;
  const items: T[] = [];
  for (const raw of v.items) {
    const parsed = item(raw);
    if (parsed) items.push(parsed);
    else console.warn('Parley: skipped a malformed item from the API', raw);
  }
  return { items, nextCursor: v.nextCursor };
}

/** Unknown event types return null so a newer engine does not break an older page. */
export function toInboxEvent(v: unknown): InboxEvent | null {
  if (!isObj(v)) return null;
  if (v.type === 'conversation.upserted') {
    const conversation = toConversation(v.conversation);
    return conversation && { type: v.type, conversation };
  }
  if (v.type === 'message.upserted') {
    const message = toMessage(v.message);
    return message && { type: v.type, message };
  }
  return null;
}

export function toHealth(v: unknown): Health | null {
  if (!isObj(v) || !isObj(v.database) || !isObj(v.temporal)) return null;
  if (v.status !== 'ok' && v.status !== 'degraded') return null;
  if (typeof v.database.ok !== 'boolean' || typeof v.temporal.ok !== 'boolean') return null;
  return { status: v.status, database: { ok: v.database.ok }, temporal: { ok: v.temporal.ok } };
}

export function toApiErrorBody(v: unknown): { code: string; message: string } | null {
  return isObj(v) && isStr(v.code) && isStr(v.message) ? { code: v.code, message: v.message } : null;
}
