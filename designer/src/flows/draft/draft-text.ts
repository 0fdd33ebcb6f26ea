import { flowGraphSchema, type FlowDetail } from '@parley/contracts';
import type { FlowGraph } from '@parley/workflows/flows';
import { lineAt, scanJson, type JsonPath } from './json-scan';

/** What the editor's text holds: not JSON (and where it goes wrong), or a value that may be a graph. */
export type DraftReading =
  | { kind: 'not-json'; line: number }
  | {
      kind: 'json';
      /** The parsed text, a graph or not: the validator reads it either way. */
      value: unknown;
      /** The graph, when the value has the flow graph's shape (only then can it be saved). */
      graph: FlowGraph | null;
    };

/** A graph as the editor shows it: pretty-printed, two spaces a level. */
export const graphText = (graph: unknown): string => JSON.stringify(graph, null, 2);

/** What the admin edits: the graph as JSON text, the name and the description. */
export interface DraftFields {
  text: string;
  name: string;
  description: string;
}

/** A JSON value with every object's keys in order, so two graphs compare by content, not key order. */
function sortedKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortedKeys);
  if (typeof value !== 'object' || value === null) return value;
  return Object.fromEntries(
    Object.keys(value)
      .sort()
      .map((key) => [key, sortedKeys((value as Record<string, unknown>)[key])]),
  );
}

/** The admin's text and another graph, both pretty-printed with sorted keys when the text is JSON. */
export function comparableTexts(text: string, other: unknown): [mine: string, theirs: string] {
  const reading = readDraft(text);
  return reading.kind === 'json'
    ? [graphText(sortedKeys(reading.value)), graphText(sortedKeys(other))]
    : [text, graphText(other)];
}

export const draftFields = (flow: FlowDetail): DraftFields => ({
  text: graphText(flow.draft.graph),
  name: flow.name,
  description: flow.description,
});

export function readDraft(text: string): DraftReading {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return { kind: 'not-json', line: lineAt(text, scanJson(text).errorOffset ?? text.length) };
  }
  const graph = flowGraphSchema.safeParse(value);
  return { kind: 'json', value, graph: graph.success ? graph.data : null };
}

interface LooseNode {
  id?: unknown;
  type?: unknown;
  label?: unknown;
}

/** The nodes of a parsed value, loosely: the validator names nodes even of a graph off the schema. */
function looseNodes(value: unknown): LooseNode[] {
  const nodes = (value as { nodes?: unknown } | null)?.nodes;
  if (!Array.isArray(nodes)) return [];
  return nodes.map((n: unknown) => (typeof n === 'object' && n !== null ? (n as LooseNode) : {}));
}

/** A node's type and label as the text has them, for naming it beside a problem. */
export function nodeFacts(value: unknown, nodeId: string): { type: string | null; label: string | null } {
  const node = looseNodes(value).find((n) => n.id === nodeId);
  return {
    type: typeof node?.type === 'string' ? node.type : null,
    label: typeof node?.label === 'string' && node.label.trim() !== '' ? node.label : null,
  };
}

/**
 * The characters to select for a problem: its field inside its node (or inside the graph when it
 * names no node), else the closest enclosing value the text holds.
 */
export function problemRange(
  text: string,
  value: unknown,
  problem: { nodeId: string | null; path: JsonPath },
): { start: number; end: number } | null {
  const nodeIndex =
    problem.nodeId === null ? -1 : looseNodes(value).findIndex((n) => n.id === problem.nodeId);
  if (problem.nodeId !== null && nodeIndex < 0) return null;
  const base: JsonPath = problem.nodeId === null ? [] : ['nodes', nodeIndex];
  for (let keep = problem.path.length; keep >= 0; keep -= 1) {
    const path = [...base, ...problem.path.slice(0, keep)];
    if (path.length === 0) return null;
    const found = scanJson(text, path).found;
    if (found) return found;
  }
  return null;
}
