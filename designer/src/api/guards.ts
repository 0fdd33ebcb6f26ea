import { isDate, isDateOrNull, isNum, isObj, isOneOf, isStr, isStrOrNull } from './checks';
import { toMessageContent, toMessageType } from './content-guards';
import {
  CHANNELS,
  MEDIA_STATES,
  MESSAGE_STATUSES,
  type Conversation,
  type Health,
  type InboxEvent,
  type Message,
  type MessageMedia,
  type MessageStatus,
  type Page,
} from './types';

/** Runtime checks for what the engine sends: the UI trusts nothing it has not looked at. */

export function toConversation(v: unknown): Conversation | null {
  if (!isObj(v) || !isObj(v.contact)) return null;
  const { id, channelAccountId, contact, lastMessageAt, lastMessagePreview, lastInboundAt, createdAt } = v;
  if (!isStr(id) || !isStr(channelAccountId) || !isStr(contact.id) || !isStrOrNull(contact.name)) return null;
  if (!isDate(lastMessageAt) || !isDateOrNull(lastInboundAt) || !isDate(createdAt)) return null;
  if (!isStrOrNull(lastMessagePreview) || !isStr(v.channel)) return null;
  return {
    id,
    // A channel this UI does not know yet is still listed, without channel-specific formatting.
    channel: isOneOf(CHANNELS, v.channel) ? v.channel : 'other',
    channelAccountId,
    contact: { id: contact.id, name: contact.name },
    lastMessageAt,
    lastMessagePreview,
    lastInboundAt,
    createdAt,
  };
}

const isStatus = (v: unknown): v is MessageStatus => isOneOf(MESSAGE_STATUSES, v);

function toError(v: unknown): Message['error'] | undefined {
  if (v === null) return null;
  if (isObj(v) && isStr(v.code) && isStr(v.message)) return { code: v.code, message: v.message };
  return undefined;
}

const isNumOrNull = (v: unknown): v is number | null => v === null || isNum(v);

/** Media is served by the engine itself; any other URL is not followed (it could point anywhere). */
const isSameOriginPath = (v: string | null): v is string => v !== null && /^\/(?![/\\])/.test(v);

/** Undefined when malformed: a message with a broken media record is still shown, without the file. */
function toMedia(v: unknown): MessageMedia | null | undefined {
  if (v === null) return null;
  if (!isObj(v) || !isStr(v.id) || !isOneOf(MEDIA_STATES, v.state)) return undefined;
  const { mimeType, sizeBytes, filename, url } = v;
  if (!isStrOrNull(mimeType) || !isNumOrNull(sizeBytes) || !isStrOrNull(filename) || !isStrOrNull(url)) {
    return undefined;
  }
  return { id: v.id, state: v.state, mimeType, sizeBytes, filename, url: isSameOriginPath(url) ? url : null };
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
  const media = toMedia(v.media ?? null);
  if (media === undefined) console.warn('Parley: ignored a malformed media record', v.media);
  return {
    id,
    conversationId,
    direction,
    // A message kind this UI does not know yet is shown as "unsupported" rather than dropped.
    type: toMessageType(type),
    text,
    // Older engines send no `content`/`media`; both then read as absent.
    content: toMessageContent(type, v.content ?? null),
    media: media ?? null,
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
