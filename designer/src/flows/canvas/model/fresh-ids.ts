/** Flow ids are at most 64 characters (the schema's `flowIdSchema`). */
const maxIdLength = 64;

/**
 * An id not in `taken`: `base` itself, else `base_2`, `base_3`… — shortened to at most 64
 * characters, as flow ids are.
 */
export function freshId(base: string, taken: ReadonlySet<string>): string {
  const start = base.slice(0, maxIdLength);
  if (!taken.has(start)) return start;
  for (let n = 2; ; n++) {
    const suffix = `_${n}`;
    const id = `${base.slice(0, maxIdLength - suffix.length)}${suffix}`;
    if (!taken.has(id)) return id;
  }
}

/** The id of a new edge from a node's output: `e-<source>-<port>`, or a suffixed variant when taken. */
export function freshEdgeId(taken: ReadonlySet<string>, source: string, port: string): string {
  return freshId(`e-${source}-${port}`, taken);
}
