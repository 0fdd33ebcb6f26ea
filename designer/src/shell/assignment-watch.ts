import type { Conversation } from '@parley/contracts';
import { isNewAssignment, knownOf, loadChanged, type KnownConversation } from './work-notices';

/** What one conversation change means for the signed-in person. */
export interface Observed {
  /** Newly assigned to them. */
  assigned: Conversation[];
  /** Their open load changed (their availability's `openCount`). */
  loadChanged: boolean;
}

export interface AssignmentWatch {
  /** A live `conversation.upserted`. Until the first `seed`, held back and judged then. */
  observe: (c: Conversation) => Observed;
  /**
   * What the server lists as theirs (open and snoozed), read at start and after each reconnection.
   * The first read only teaches what is already theirs and judges what was held back; a later one
   * also reports what became theirs while the stream was down.
   */
  seed: (theirs: readonly Conversation[] | null) => Observed;
  /** The contact's name, when a conversation is known. */
  label: (conversationId: string) => string | null;
}

/**
 * Tells a new assignment from a conversation that was already theirs, by what this client has seen
 * of each conversation. Pure apart from its memory: no React, no clock, no network.
 */
export function createAssignmentWatch(me: string, unknownName: string): AssignmentWatch {
  const known = new Map<string, KnownConversation>();
  let held: Conversation[] | null = []; // null once seeded

  const judge = (c: Conversation): Observed => {
    const before = known.get(c.id);
    const after = knownOf(c, unknownName);
    known.set(c.id, after);
    return {
      assigned: isNewAssignment(c, before, me) ? [c] : [],
      loadChanged: loadChanged(before, after, me),
    };
  };
  const merge = (all: Observed[]): Observed => ({
    assigned: all.flatMap((o) => o.assigned),
    loadChanged: all.some((o) => o.loadChanged),
  });

  return {
    observe: (c) => {
      if (held === null) return judge(c);
      held.push(c);
      return { assigned: [], loadChanged: false };
    },
    seed: (theirs) => {
      const first = held !== null;
      const found = (theirs ?? []).map((c) => {
        if (first) {
          known.set(c.id, knownOf(c, unknownName));
          return { assigned: [], loadChanged: false };
        }
        return judge(c);
      });
      const pending = held ?? [];
      held = null;
      return merge([...found, ...pending.map(judge)]);
    },
    label: (id) => known.get(id)?.label ?? null,
  };
}
