/** A selection with React Flow's selections (true) and deselections (false) applied; the same set when nothing changes. */
export function withUpdates(
  set: ReadonlySet<string>,
  updates: ReadonlyMap<string, boolean>,
): ReadonlySet<string> {
  if ([...updates].every(([id, selected]) => set.has(id) === selected)) return set;
  const next = new Set(set);
  for (const [id, selected] of updates) {
    if (selected) next.add(id);
    else next.delete(id);
  }
  return next;
}
