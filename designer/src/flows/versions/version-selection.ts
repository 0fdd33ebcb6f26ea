import type { DiffSide } from '../flow-versions.api';

/**
 * The diff's sides after a version's "compare" box is toggled: two versions at most, the older as
 * `from`; ticking a third keeps it with the newer of the two; a version against the draft is
 * replaced by the versions ticked.
 */
export function nextSelection(
  from: number | undefined,
  to: DiffSide | undefined,
  version: number,
): { from: number | undefined; to: number | undefined } {
  const ticked = [from, to].filter((side): side is number => typeof side === 'number');
  const next = ticked.includes(version)
    ? ticked.filter((v) => v !== version)
    : [version, ...(ticked.length === 2 ? [Math.max(...ticked)] : ticked)];
  const sorted = [...next].sort((a, b) => a - b);
  return { from: sorted[0], to: sorted[1] };
}
