import type { z } from 'zod';
import { problem } from '../problem.js';
import type { FlowProblem } from '../validation.types.js';

/** The id of `input.nodes[index]` when it has one, so a node's schema problems are pinned on it. */
function nodeIdAt(input: unknown, index: PropertyKey | undefined): string | null {
  if (typeof index !== 'number' || typeof input !== 'object' || input === null || !('nodes' in input))
    return null;
  const { nodes } = input;
  if (!Array.isArray(nodes)) return null;
  const node: unknown = nodes[index];
  if (typeof node !== 'object' || node === null || !('id' in node)) return null;
  return typeof node.id === 'string' ? node.id : null;
}

/** Problems' paths hold strings and numbers; a symbol key (never in JSON) is named as text. */
function keyOf(key: PropertyKey): string | number {
  return typeof key === 'symbol' ? String(key) : key;
}

function sentence(message: string): string {
  return message.charAt(0).toUpperCase() + message.slice(1);
}

/**
 * The schema's issues as problems: an issue inside `nodes[i]` is pinned on that node (by its id,
 * with the path inside it), the rest on the graph. Unlike the other rules this reads the raw input,
 * since there is no parsed graph to read.
 */
export function schemaProblems(input: unknown, issues: readonly z.core.$ZodIssue[]): FlowProblem[] {
  return issues.map((issue) => {
    const [first, index, ...rest] = issue.path;
    const nodeId = first === 'nodes' ? nodeIdAt(input, index) : null;
    const path = nodeId === null ? issue.path : rest;
    return problem(nodeId, path.map(keyOf), 'schema', sentence(issue.message));
  });
}
