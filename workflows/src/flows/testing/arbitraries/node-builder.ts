import fc from 'fast-check';
import type { FlowNode } from '../../schema/flow-graph.schema.js';
import { plainText } from './texts.arbitrary.js';

/**
 * A generated node, made once the wiring knows its id and its scope: the variables set on every
 * way to it, which are all its texts may name.
 */
export type NodeBuilder = (id: string, scope: readonly string[]) => FlowNode;

/** A value, or (as often) none: for optional fields, left out of the node rather than set to undefined. */
export function optional<T>(arbitrary: fc.Arbitrary<T>): fc.Arbitrary<T | undefined> {
  return fc.option(arbitrary, { nil: undefined });
}

/** What every node has besides its id: a position, and sometimes a label. */
export const baseArbitrary = fc
  .record({
    position: fc.record({
      x: fc.integer({ min: -5_000, max: 5_000 }),
      y: fc.integer({ min: -5_000, max: 5_000 }),
    }),
    label: optional(plainText(30)),
  })
  .map(({ position, label }) => ({ position, ...(label ? { label } : {}) }));
