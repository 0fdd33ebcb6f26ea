// Turns generated nodes into a valid graph: a tree from the trigger, with joins and waiting loops.
import { outputPorts } from '../../ports.js';
import type { FlowEdge, FlowGraph, FlowNode, FlowSettings } from '../../schema/flow-graph.schema.js';
import type { TriggerNode } from '../../schema/nodes/trigger.node.js';
import type { NodeBuilder } from './node-builder.js';

/** Node types a run waits in (written out here, not taken from the code under test). */
const waiting = new Set<FlowNode['type']>([
  'reply_buttons',
  'list',
  'wait_for_reply',
  'collect_input',
  'delay',
]);

/** What a node's output sets for what follows (again written out, as the flows issue describes it). */
function setsOn(node: FlowNode, port: string): string[] {
  if (node.type === 'set_variable') return [node.name];
  if (node.type === 'collect_input' && port === 'next') return [node.saveAs];
  if (node.type === 'wait_for_reply' && port === 'reply' && node.saveAs) return [node.saveAs];
  if (node.type === 'http_request' && port === 'success')
    return node.responseMap.map((entry) => entry.variable);
  return [];
}

export interface FlowPlan {
  trigger: TriggerNode;
  /** The other nodes, placed depth-first in this order while outputs are left to place them on. */
  builders: NodeBuilder[];
  /** Random numbers the wiring draws, in turn: how each output ends, and where it leads. */
  choices: number[];
  /** A sort key per node (by position), so the trigger is not always first. */
  order: number[];
  settings: FlowSettings;
}

/**
 * Builds the graph depth-first from the trigger. Each output either places the next node (a tree
 * edge), joins a node already finished (a cross edge: it goes to an earlier, completed branch, so it
 * closes no loop), loops back to a waiting node on the way here, itself included (so every loop
 * waits), or is marked as ending the flow. A join is taken only when the output sets every variable
 * the target's texts may read, so each node's texts read only variables set on every way to it.
 */
export function wireFlow(plan: FlowPlan): FlowGraph {
  const nodes: FlowNode[] = [];
  const edges: FlowEdge[] = [];
  const scopes = new Map<string, ReadonlySet<string>>();
  const finished: FlowNode[] = [];
  let drawn = 0;
  let placed = 0;
  const choose = (count: number) => (plan.choices[drawn++ % Math.max(plan.choices.length, 1)] ?? 0) % count;
  const connect = (source: FlowNode, port: string, target: FlowNode) =>
    edges.push({ id: `e${edges.length + 1}`, source: source.id, sourcePort: port, target: target.id });

  const visit = (node: FlowNode, scope: ReadonlySet<string>, ancestors: FlowNode[]) => {
    nodes.push(node);
    scopes.set(node.id, scope);
    const path = [...ancestors, node];
    for (const port of outputPorts(node)) {
      const after = new Set([...scope, ...setsOn(node, port)]);
      const builder = plan.builders[placed];
      // Most outputs place a node (the trigger's always): nodes without outputs end branches soon enough.
      if (builder && (choose(8) < 7 || node.type === 'trigger')) {
        placed += 1;
        const child = builder(`n${placed}`, [...after].sort());
        connect(node, port, child);
        visit(child, after, path);
        continue;
      }
      const ending = choose(3);
      const targets =
        ending === 0
          ? finished.filter((candidate) =>
              [...(scopes.get(candidate.id) ?? [])].every((name) => after.has(name)),
            )
          : ending === 1
            ? path.filter((candidate) => waiting.has(candidate.type))
            : [];
      const target = targets[choose(Math.max(targets.length, 1))];
      if (target) connect(node, port, target);
      else node.terminalPorts = [...(node.terminalPorts ?? []), port];
    }
    finished.push(node);
  };
  // A copy: fast-check may map the same generated plan again, and visiting marks terminal outputs.
  visit({ ...plan.trigger }, new Set(), []);

  const rank = (node: FlowNode) => plan.order[nodes.indexOf(node) % Math.max(plan.order.length, 1)] ?? 0;
  return {
    schemaVersion: 1,
    nodes: [...nodes].sort((a, b) => rank(a) - rank(b)),
    edges,
    settings: { ...plan.settings },
  };
}
