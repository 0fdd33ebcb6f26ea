import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { flowGraphSchema } from '../schema/flow-graph.schema.js';
import { invalidFlowGraph, validFlowGraph } from '../testing/arbitraries.js';
import { flowMutations } from '../testing/arbitraries/mutations.js';
import { greetingContext } from '../testing/greeting-flow.js';
import { validateFlow } from './validate-flow.js';
import { flowRules, type FlowProblem } from './validation.types.js';

const context = greetingContext();

/** Every path to a value inside a JSON value, the empty path (the whole) included. */
function pathsIn(value: unknown, at: (string | number)[] = []): (string | number)[][] {
  if (Array.isArray(value)) return [at, ...value.flatMap((item, i) => pathsIn(item, [...at, i]))];
  if (typeof value === 'object' && value !== null)
    return [at, ...Object.entries(value).flatMap(([key, item]) => pathsIn(item, [...at, key]))];
  return [at];
}

/** The value with the one at `path` replaced. */
function replaceAt(value: unknown, path: (string | number)[], replacement: unknown): unknown {
  const [key, ...rest] = path;
  if (key === undefined) return replacement;
  if (Array.isArray(value))
    return value.map((item, i) => (i === key ? replaceAt(item, rest, replacement) : item));
  const record = value as Record<string, unknown>;
  return { ...record, [key]: replaceAt(record[key], rest, replacement) };
}

/** Problems name a node of the input (or none), a known rule and a message, in node order. */
function expectWellFormed(problems: FlowProblem[], nodeIds: string[]) {
  for (const problem of problems) {
    expect(flowRules).toContain(problem.rule);
    expect(problem.message.length).toBeGreaterThan(0);
    if (problem.nodeId !== null) expect(nodeIds).toContain(problem.nodeId);
  }
  const ranks = problems.map((problem) => (problem.nodeId === null ? -1 : nodeIds.indexOf(problem.nodeId)));
  expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
}

describe('generated valid graphs', () => {
  test('always validate', () => {
    fc.assert(
      fc.property(validFlowGraph(), (graph) => {
        expect(validateFlow(graph, context).problems).toEqual([]);
      }),
      { numRuns: 200 },
    );
  });

  test('are in the schema’s output form: parsing gives them back', () => {
    fc.assert(
      fc.property(validFlowGraph(), (graph) => {
        expect(flowGraphSchema.parse(graph)).toEqual(graph);
      }),
      { numRuns: 100 },
    );
  });
});

describe('generated graphs with one mutation', () => {
  test('are always rejected, with the rule the mutation breaks', () => {
    fc.assert(
      fc.property(invalidFlowGraph(), ({ graph, rule }) => {
        const result = validateFlow(graph, context);
        expect(result.ok).toBe(false);
        expect(result.problems.map((problem) => problem.rule)).toContain(rule);
      }),
      { numRuns: 400 },
    );
  });

  test('get well-formed problems, in order', () => {
    fc.assert(
      fc.property(invalidFlowGraph(), ({ graph }) => {
        const nodes = (graph as { nodes: { id: string }[] }).nodes.map((node) => node.id);
        expectWellFormed(validateFlow(graph, context).problems, [...new Set(nodes)]);
      }),
      { numRuns: 200 },
    );
  });

  test('cover every mutation', () => {
    const seen = new Set(fc.sample(invalidFlowGraph(), 500).map((generated) => generated.mutation));
    expect([...seen].sort()).toEqual(flowMutations.map((mutation) => mutation.name).sort());
  });
});

describe('validateFlow never throws', () => {
  test('on any value', () => {
    fc.assert(
      fc.property(fc.anything(), (input) => {
        expect(validateFlow(input, context).ok).toBe(false);
      }),
      { numRuns: 300 },
    );
  });

  test('on any JSON', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (input) => {
        expect(validateFlow(input, context).ok).toBe(false);
      }),
      { numRuns: 300 },
    );
  });

  test('on a valid graph with any part replaced by any JSON', () => {
    const damaged = validFlowGraph().chain((graph) =>
      fc.record({
        graph: fc.constant(graph),
        path: fc.constantFrom(...pathsIn(graph)),
        replacement: fc.jsonValue(),
      }),
    );
    fc.assert(
      fc.property(damaged, ({ graph, path, replacement }) => {
        const result = validateFlow(replaceAt(graph, path, replacement), context);
        expect(result.ok || result.problems.length > 0).toBe(true);
      }),
      { numRuns: 300 },
    );
  });
});
