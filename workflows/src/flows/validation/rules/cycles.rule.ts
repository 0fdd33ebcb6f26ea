// A loop in which nothing waits would run the step budget out within one turn.
import { waitingNodeTypes } from '../../ports.js';
import type { FlowNode } from '../../schema/flow-graph.schema.js';
import { nodeName } from '../describe.js';
import { flowIndex, type FlowIndex } from '../flow-index.js';
import { problem } from '../problem.js';
import type { FlowRuleCheck } from '../validation.types.js';

type Successors = (node: FlowNode) => FlowNode[];

/** Tarjan's bookkeeping for one node: when it was entered, the lowest entry it reaches, what is left to visit. */
interface Visit {
  index: number;
  low: number;
  next: FlowNode[];
}

/**
 * Strongly connected components (Tarjan's algorithm, with an explicit stack so a long chain of
 * nodes cannot overflow the call stack). Every directed cycle lies inside one component.
 */
function components(nodes: FlowNode[], successors: Successors): FlowNode[][] {
  const visits = new Map<FlowNode, Visit>();
  const onStack = new Set<FlowNode>();
  const stack: FlowNode[] = [];
  const found: FlowNode[][] = [];
  const work: FlowNode[] = [];
  const enter = (node: FlowNode) => {
    visits.set(node, { index: visits.size, low: visits.size, next: successors(node) });
    stack.push(node);
    onStack.add(node);
    work.push(node);
  };
  for (const root of nodes) {
    if (!visits.has(root)) enter(root);
    for (let node = work.at(-1); node; node = work.at(-1)) {
      const visit = visits.get(node);
      if (!visit) break;
      const successor = visit.next.shift();
      if (successor) {
        const seen = visits.get(successor);
        if (!seen) enter(successor);
        else if (onStack.has(successor)) visit.low = Math.min(visit.low, seen.index);
        continue;
      }
      work.pop();
      const caller = work.at(-1);
      const parent = caller && visits.get(caller);
      if (parent) parent.low = Math.min(parent.low, visit.low);
      if (visit.low !== visit.index) continue;
      const component: FlowNode[] = [];
      for (let member = stack.pop(); member; member = stack.pop()) {
        onStack.delete(member);
        component.push(member);
        if (member === node) break;
      }
      found.push(component);
    }
  }
  return found;
}

/** The shortest loop from `start` back to itself inside the component, to name in the message. */
function loopThrough(start: FlowNode, members: ReadonlySet<FlowNode>, successors: Successors): FlowNode[] {
  const cameFrom = new Map<FlowNode, FlowNode>();
  const queue = [start];
  for (let at = queue.shift(); at; at = queue.shift()) {
    for (const next of successors(at)) {
      if (!members.has(next)) continue;
      if (next === start) {
        const loop = [at];
        for (let back = cameFrom.get(at); back; back = cameFrom.get(back)) loop.unshift(back);
        return loop;
      }
      if (cameFrom.has(next)) continue;
      cameFrom.set(next, at);
      queue.push(next);
    }
  }
  return [start];
}

/** The loop's nodes and back to the first; a long loop by its first few and its length. */
function describeLoop(loop: FlowNode[]): string {
  const [first] = loop;
  if (!first) return '';
  const shown = loop.length <= 6 ? loop : loop.slice(0, 5);
  const names = [...shown.map(nodeName), ...(shown.length < loop.length ? ['…'] : []), nodeName(first)];
  return `${names.join(' → ')}${shown.length < loop.length ? ` (${loop.length} nodes)` : ''}`;
}

function nonWaitingSuccessors(index: FlowIndex): Successors {
  return (node) =>
    (index.outgoing.get(node.id) ?? [])
      .map((link) => link.target)
      .filter((target) => !waitingNodeTypes.has(target.type));
}

/**
 * No loop without a node that waits (a question, a wait for a reply, a delay). Such loops are the
 * cycles left once the waiting nodes are taken out; each component of them is reported once, on
 * its first node in the graph.
 */
export const cyclesRule: FlowRuleCheck = (graph) => {
  const index = flowIndex(graph);
  const successors = nonWaitingSuccessors(index);
  const candidates = [...index.nodes.values()].filter((node) => !waitingNodeTypes.has(node.type));
  return components(candidates, successors)
    .filter(
      ([only, ...others]) => others.length > 0 || (only !== undefined && successors(only).includes(only)),
    )
    .map((component) => {
      const first = component.reduce((a, b) =>
        (index.order.get(a.id) ?? 0) <= (index.order.get(b.id) ?? 0) ? a : b,
      );
      const loop = loopThrough(first, new Set(component), successors);
      const names = describeLoop(loop);
      return problem(
        first.id,
        [],
        'cycle_without_wait',
        `This loop never waits for the customer or for time, so it would run without end: ${names}. Add a question, a wait for a reply or a delay to it.`,
      );
    });
};
