import type { RoutingRule, RoutingRules } from '@parley/contracts';

/**
 * The routing being edited: the rules in order and the default team, changed here and saved
 * whole with one PUT. Pure: the page keeps it with `useReducer`.
 */
export type RoutingDraft = RoutingRules;

export type DraftAction =
  | { type: 'reset'; routing: RoutingRules }
  /** The rule to position `to` (0 first), the others keeping their order. */
  | { type: 'move'; id: string; to: number }
  /** A rule edited in place, or a new one at the end. */
  | { type: 'put'; rule: RoutingRule }
  | { type: 'remove'; id: string }
  | { type: 'enable'; id: string; enabled: boolean }
  | { type: 'defaultTeam'; teamId: string | null };

/** The items with the one at `from` moved to `to` (clamped to the list); the same list when it stays. */
export function moveItem<T>(items: readonly T[], from: number, to: number): T[] {
  const target = Math.max(0, Math.min(items.length - 1, to));
  if (from < 0 || from >= items.length || from === target) return [...items];
  const moved = [...items];
  const [item] = moved.splice(from, 1);
  moved.splice(target, 0, item as T);
  return moved;
}

/** Where a rule dragged over another lands: that rule's position; null when dropped outside or on itself. */
export function dropIndex(
  rules: readonly RoutingRule[],
  activeId: string,
  overId: string | null,
): number | null {
  if (overId === null || overId === activeId) return null;
  const to = rules.findIndex((rule) => rule.id === overId);
  return to === -1 ? null : to;
}

export function routingDraftReducer(draft: RoutingDraft, action: DraftAction): RoutingDraft {
  switch (action.type) {
    case 'reset':
      return action.routing;
    case 'move': {
      const from = draft.rules.findIndex((rule) => rule.id === action.id);
      return from === -1 ? draft : { ...draft, rules: moveItem(draft.rules, from, action.to) };
    }
    case 'put': {
      const known = draft.rules.some((rule) => rule.id === action.rule.id);
      const rules = known
        ? draft.rules.map((rule) => (rule.id === action.rule.id ? action.rule : rule))
        : [...draft.rules, action.rule];
      return { ...draft, rules };
    }
    case 'remove':
      return { ...draft, rules: draft.rules.filter((rule) => rule.id !== action.id) };
    case 'enable':
      return {
        ...draft,
        rules: draft.rules.map((rule) =>
          rule.id === action.id ? { ...rule, enabled: action.enabled } : rule,
        ),
      };
    case 'defaultTeam':
      return { ...draft, defaultTeamId: action.teamId };
  }
}

/** Whether the draft still is what was saved (order, rules and default team). */
export const sameRouting = (a: RoutingRules, b: RoutingRules): boolean =>
  JSON.stringify(a) === JSON.stringify(b);
