// fast-check arbitraries of flow graphs: valid ones (for the validator, and for the interpreter's
// "generated valid graphs never crash it"), and valid ones broken in one known way.
import fc from 'fast-check';
import type { FlowGraph } from '../schema/flow-graph.schema.js';
import { logicNodeBuilders, triggerArbitrary } from './arbitraries/logic.arbitrary.js';
import { messageNodeBuilders } from './arbitraries/messages.arbitrary.js';
import { flowMutations, type FlowMutation } from './arbitraries/mutations.js';
import { wireFlow } from './arbitraries/wiring.js';

export type { FlowMutation } from './arbitraries/mutations.js';

/**
 * Graphs that pass `validateFlow(graph, greetingContext())`: one trigger (id `start`) and up to
 * `maxNodes` nodes of every type, in a random order, with random content within WhatsApp's limits.
 * The nodes form a tree from the trigger with joins into finished branches and loops back to
 * waiting nodes (so every loop waits); every output is connected or marked as ending the flow;
 * texts name only `{{last_reply}}`, contact fields and variables set on every way to their node;
 * requests go to allowed hosts with existing secrets in headers and bodies; templates, teams,
 * agents and flows are the context's usable ones. Graphs are in the schema's output form (defaults
 * filled in), so parsing one gives it back.
 */
export function validFlowGraph(maxNodes = 14): fc.Arbitrary<FlowGraph> {
  return fc
    .record({
      trigger: triggerArbitrary,
      builders: fc.array(fc.oneof(...messageNodeBuilders, ...logicNodeBuilders), {
        maxLength: maxNodes,
        size: 'max',
      }),
      choices: fc.array(fc.nat(), { minLength: 1, maxLength: 80, size: 'max' }),
      order: fc.array(fc.integer(), { maxLength: maxNodes + 1 }),
      settings: fc.record({
        debounceMs: fc.integer({ min: 0, max: 30_000 }),
        stepBudget: fc.integer({ min: 10, max: 10_000 }),
      }),
    })
    .map(wireFlow);
}

/** A valid graph broken by one mutation, with the rule the validator must then report. */
export interface InvalidFlowCase {
  /** Not typed as a graph: some mutations break the schema. */
  graph: unknown;
  mutation: FlowMutation['name'];
  rule: FlowMutation['rule'];
}

/**
 * A graph from `validFlowGraph()` with one mutation applied (remove the trigger, add a second one,
 * dangle an edge, disconnect an output, add a fourth button, name an unknown template or team, read
 * an unset variable, add a loop without a wait, an unreachable node…), and the rule that mutation
 * breaks. The validator must reject every such graph with that rule among its problems.
 */
export function invalidFlowGraph(): fc.Arbitrary<InvalidFlowCase> {
  return fc
    .record({ graph: validFlowGraph(), mutation: fc.constantFrom(...flowMutations), choice: fc.nat() })
    .map(({ graph, mutation, choice }) => ({
      graph: mutation.apply(structuredClone(graph), choice),
      mutation: mutation.name,
      rule: mutation.rule,
    }));
}
