import type { ApiIssue, RoutingRule } from '@parley/contracts';

export interface RoutingRefusal {
  /** What the API said about each rule, by the rule's id. */
  byRule: Map<string, string[]>;
  /** What it said about the default team. */
  defaultTeam: string[];
  /** Issues about nothing on the page. */
  rest: ApiIssue[];
}

/**
 * The API's issues on a refused save of the whole routing (`rules.3.conditions.0.pattern`),
 * placed on the rules they are about, by position in the list that was sent.
 */
export function placeRoutingIssues(
  issues: readonly ApiIssue[],
  sent: readonly RoutingRule[],
): RoutingRefusal {
  const byRule = new Map<string, string[]>();
  const defaultTeam: string[] = [];
  const rest: ApiIssue[] = [];
  for (const issue of issues) {
    const index = /^rules\.(\d+)(?:\.|$)/.exec(issue.path)?.[1];
    const rule = index === undefined ? undefined : sent[Number(index)];
    if (rule) byRule.set(rule.id, [...(byRule.get(rule.id) ?? []), issue.message]);
    else if (issue.path === 'defaultTeamId') defaultTeam.push(issue.message);
    else rest.push(issue);
  }
  return { byRule, defaultTeam, rest };
}
