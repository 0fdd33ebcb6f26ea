import type { FlowProblem } from '@parley/workflows/flows';

/** A path inside a node, as problems name it (`['buttons', 1, 'title']`). */
export type FieldPath = readonly (string | number)[];

/** The path as fields carry it in `data-field-path`: `buttons.1.title`. */
export const pathKey = (path: FieldPath): string => path.join('.');

/** Whether `field` is `key` or encloses it, segment by segment (`buttons.1` encloses `buttons.1.title`, not `buttons.10`). */
const encloses = (field: string, key: string): boolean => key === field || key.startsWith(`${field}.`);

/**
 * The field to show or focus for a path: of `fields`, the longest that is the path or encloses it;
 * null when none does.
 */
export function nearestField(path: FieldPath, fields: Iterable<string>): string | null {
  const key = pathKey(path);
  let best: string | null = null;
  for (const field of fields)
    if (field !== '' && encloses(field, key) && (best === null || field.length > best.length)) best = field;
  return best;
}

/** Problems placed under their nearest field; those no field encloses are shown at the top. */
export interface PlacedProblems {
  byField: ReadonlyMap<string, readonly FlowProblem[]>;
  unplaced: readonly FlowProblem[];
}

/** Sorts a node's problems under the fields the panel shows. */
export function placeProblems(problems: readonly FlowProblem[], fields: readonly string[]): PlacedProblems {
  const byField = new Map<string, FlowProblem[]>();
  const unplaced: FlowProblem[] = [];
  for (const problem of problems) {
    const field = nearestField(problem.path, fields);
    if (field === null) unplaced.push(problem);
    else byField.set(field, [...(byField.get(field) ?? []), problem]);
  }
  return { byField, unplaced };
}
