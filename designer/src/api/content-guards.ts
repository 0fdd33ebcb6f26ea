import { isNum, isObj, isOneOf, isStr, optBool, optStr, type Obj } from './checks';
import {
  MEDIA_KINDS,
  MESSAGE_TYPES,
  type MessageContent,
  type MessageType,
  type SharedContact,
} from './types';

/**
 * Runtime checks for `Message.content`. A content that does not match its kind is dropped (null)
 * rather than failing the whole message: the thread then falls back to the message's text.
 */

export const toMessageType = (v: string): MessageType => (isOneOf(MESSAGE_TYPES, v) ? v : 'unsupported');

function toSharedContact(v: unknown): SharedContact | null {
  if (!isObj(v) || !isStr(v.name)) return null;
  const phones = (Array.isArray(v.phones) ? v.phones : [])
    .filter(isObj)
    .flatMap((p) => (isStr(p.phone) ? [{ phone: p.phone, waId: optStr(p.waId), type: optStr(p.type) }] : []));
  const emails = (Array.isArray(v.emails) ? v.emails : []).filter(isStr);
  return { name: v.name, phones, emails, organization: optStr(v.organization) };
}

function toKnownContent(type: MessageType, v: Obj): MessageContent | null {
  switch (type) {
    case 'text':
      return null; // plain text lives in `Message.text`
    case 'location': {
      const { latitude: lat, longitude: lon } = v;
      if (!isNum(lat) || !isNum(lon) || Math.abs(lat) > 90 || Math.abs(lon) > 180) return null;
      return {
        type,
        latitude: lat,
        longitude: lon,
        name: optStr(v.name),
        address: optStr(v.address),
        url: optStr(v.url),
      };
    }
    case 'contacts': {
      const contacts = Array.isArray(v.contacts) ? v.contacts.map(toSharedContact) : [];
      const valid = contacts.filter((c): c is SharedContact => c !== null);
      return valid.length > 0 ? { type, contacts: valid } : null;
    }
    case 'interactive_reply':
      if ((v.source !== 'button' && v.source !== 'list') || !isStr(v.replyId) || !isStr(v.title)) return null;
      return {
        type,
        source: v.source,
        replyId: v.replyId,
        title: v.title,
        description: optStr(v.description),
      };
    case 'template_reply':
      return isStr(v.payload) && isStr(v.text) ? { type, payload: v.payload, text: v.text } : null;
    case 'reaction':
      return isStr(v.messageId) && isStr(v.emoji) ? { type, messageId: v.messageId, emoji: v.emoji } : null;
    case 'unsupported':
      return isStr(v.platformType) ? { type, platformType: v.platformType } : null;
    default:
      if (!isOneOf(MEDIA_KINDS, type) || !isStr(v.mediaId)) return null;
      return {
        type,
        mediaId: v.mediaId,
        mimeType: optStr(v.mimeType),
        sha256: optStr(v.sha256),
        caption: optStr(v.caption),
        filename: optStr(v.filename),
        voice: optBool(v.voice),
        animated: optBool(v.animated),
      };
  }
}

/**
 * The content of a message whose wire type is `rawType`. A kind this UI does not know becomes
 * unsupported content naming that kind, so the notice can still say what the customer sent.
 */
export function toMessageContent(rawType: string, v: unknown): MessageContent | null {
  const type = toMessageType(rawType);
  if (type === 'unsupported' && rawType !== 'unsupported') {
    const platformType = isObj(v) && isStr(v.platformType) ? v.platformType : rawType;
    return { type: 'unsupported', platformType };
  }
  if (!isObj(v) || v.type !== type) return null;
  return toKnownContent(type, v);
}
