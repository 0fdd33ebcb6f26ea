import type { FlowDiff } from '@parley/contracts';
import type { FlowEdge, FlowGraph, FlowNode } from '@parley/workflows/flows';
import { canonicalJson } from './canonical-json.js';

export type FlowGraphDiff = Omit<FlowDiff, 'from' | 'to'>;

/**
 * What changed from graph `a` to graph `b`: nodes by id (added, removed, changed with the field
 * paths that differ — `buttons.1.title`; a move is `position`), edges by id (one whose source,
 * port or target changed is removed and added again: it is another connection), and the settings.
 */
export function diffFlowGraphs(a: FlowGraph, b: FlowGraph): FlowGraphDiff {
  const before = new Map(a.nodes.map((node) => [node.id, node]));
  const after = new Map(b.nodes.map((node) => [node.id, node]));
  const changed: { id: string; fields: string[] }[] = [];
  for (const [id, node] of after) {
    const old = before.get(id);
    if (!old) continue;
    const fields = changedNodeFields(old, node);
    if (fields.length > 0) changed.push({ id, fields });
  }
  const edgesBefore = new Map(a.edges.map((edge) => [edge.id, edge]));
  const edgesAfter = new Map(b.edges.map((edge) => [edge.id, edge]));
  const sameEdge = (x: FlowEdge | undefined, y: FlowEdge) =>
    x !== undefined && x.source === y.source && x.sourcePort === y.sourcePort && x.target === y.target;
  return {
    nodes: {
      added: [...after.keys()].filter((id) => !before.has(id)),
      removed: [...before.keys()].filter((id) => !after.has(id)),
      changed,
    },
    edges: {
      added: b.edges.filter((edge) => !sameEdge(edgesBefore.get(edge.id), edge)).map((edge) => edge.id),
      removed: a.edges.filter((edge) => !sameEdge(edgesAfter.get(edge.id), edge)).map((edge) => edge.id),
    },
    settingsChanged: canonicalJson(a.settings) !== canonicalJson(b.settings),
  };
}

/** The node's changed fields, as dotted paths to the values that differ; a move is `position`. */
function changedNodeFields(a: FlowNode, b: FlowNode): string[] {
  const fields: string[] = [];
  const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
  for (const key of keys) {
    const x: unknown = (a as Record<string, unknown>)[key];
    const y: unknown = (b as Record<string, unknown>)[key];
    if (key === 'position') {
      if (canonicalJson(x) !== canonicalJson(y)) fields.push(key);
    } else collectChanges(x, y, key, fields);
  }
  return fields;
}

function collectChanges(x: unknown, y: unknown, path: string, into: string[]): void {
  if (canonicalJson(x) === canonicalJson(y)) return;
  const containers = isContainer(x) && isContainer(y) && Array.isArray(x) === Array.isArray(y);
  if (!containers) {
    into.push(path);
    return;
  }
  const keys = new Set([...Object.keys(x), ...Object.keys(y)]);
  for (const key of keys)
    collectChanges(
      (x as Record<string, unknown>)[key],
      (y as Record<string, unknown>)[key],
      `${path}.${key}`,
      into,
    );
}

function isContainer(value: unknown): value is object {
  return value !== null && typeof value === 'object';
}
