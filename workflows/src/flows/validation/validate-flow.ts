// The flow validator: the same code the designer runs as the admin edits, and the engine runs
// before it publishes or starts a version. Never imported by workflow code.
import { flowGraphSchema } from '../schema/flow-graph.schema.js';
import { flowIndex } from './flow-index.js';
import { channelLimitsRule } from './rules/channel-limits.rule.js';
import { cyclesRule } from './rules/cycles.rule.js';
import { duplicateIdsRule } from './rules/duplicate-ids.rule.js';
import { edgesRule } from './rules/edges.rule.js';
import { httpRule } from './rules/http.rule.js';
import { portsRule } from './rules/ports.rule.js';
import { reachabilityRule } from './rules/reachability.rule.js';
import { referencesRule } from './rules/references.rule.js';
import { regexRule } from './rules/regex.rule.js';
import { schemaProblems } from './rules/schema.rule.js';
import { secretsRule } from './rules/secrets.rule.js';
import { triggerCountRule } from './rules/trigger-count.rule.js';
import { variablesRule } from './rules/variables.rule.js';
import { sortProblems } from './sort-problems.js';
import type {
  FlowProblem,
  FlowRuleCheck,
  FlowValidationContext,
  FlowValidationResult,
} from './validation.types.js';

/** The rules a parsed graph is checked against, each independent of the others. */
const rules: readonly FlowRuleCheck[] = [
  duplicateIdsRule,
  triggerCountRule,
  edgesRule,
  portsRule,
  reachabilityRule,
  cyclesRule,
  channelLimitsRule,
  referencesRule,
  variablesRule,
  secretsRule,
  httpRule,
  regexRule,
];

/** Node ids of raw input by position, so schema problems sort like the others. */
function rawNodeOrder(input: unknown): Map<string, number> {
  const order = new Map<string, number>();
  const nodes: unknown = typeof input === 'object' && input !== null && 'nodes' in input ? input.nodes : null;
  if (!Array.isArray(nodes)) return order;
  nodes.forEach((node: unknown, position) => {
    const id: unknown = typeof node === 'object' && node !== null && 'id' in node ? node.id : null;
    if (typeof id === 'string' && !order.has(id)) order.set(id, position);
  });
  return order;
}

/**
 * Checks a flow graph (any value: a draft from the database, the editor's state) against the
 * schema, then against every rule with the organisation's channels, templates, teams, agents,
 * flows, secrets and allowed hosts. Never throws; `ok` only when there is no problem at all.
 */
export function validateFlow(input: unknown, context: FlowValidationContext): FlowValidationResult {
  const parsed = flowGraphSchema.safeParse(input);
  if (!parsed.success)
    return {
      ok: false,
      graph: null,
      problems: sortProblems(schemaProblems(input, parsed.error.issues), rawNodeOrder(input)),
    };
  const graph = parsed.data;
  const problems = sortProblems(
    rules.flatMap((rule) => rule(graph, context)),
    flowIndex(graph).order,
  );
  return problems.length === 0 ? { ok: true, graph, problems: [] } : { ok: false, graph, problems };
}

/** Problems grouped by node id (null: the graph's own), each group in the validator's order. */
export function problemsByNode(problems: readonly FlowProblem[]): Map<string | null, FlowProblem[]> {
  const byNode = new Map<string | null, FlowProblem[]>();
  for (const problem of problems) {
    const group = byNode.get(problem.nodeId);
    if (group) group.push(problem);
    else byNode.set(problem.nodeId, [problem]);
  }
  return byNode;
}
