import type { ConversationEvent, ConversationNote } from '@parley/contracts';
import { at } from '../fixtures.test-support';

/** Builders for unit tests only. */

export const uuid = (n: number): string => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;

export const CONVERSATION = uuid(900);
export const sato = { id: uuid(1), name: 'Sato' };
export const tanaka = { id: uuid(2), name: 'Tanaka' };
export const ito = { id: uuid(3), name: 'Ito' };
export const billing = { id: uuid(11), name: 'Billing' };
export const support = { id: uuid(12), name: 'Support' };

export function event(
  n: number,
  kind: ConversationEvent['kind'],
  minute: number,
  patch: Partial<ConversationEvent> = {},
): ConversationEvent {
  return {
    id: uuid(100 + n),
    conversationId: CONVERSATION,
    kind,
    actor: null,
    fromUser: null,
    toUser: null,
    fromTeam: null,
    toTeam: null,
    note: null,
    at: at(minute),
    ...patch,
  };
}

export function note(n: number, minute: number, patch: Partial<ConversationNote> = {}): ConversationNote {
  return {
    id: uuid(200 + n),
    conversationId: CONVERSATION,
    text: `note ${n}`,
    author: tanaka,
    createdAt: at(minute),
    ...patch,
  };
}
