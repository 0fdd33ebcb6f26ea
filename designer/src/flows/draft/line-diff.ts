/** One line of a comparison: in both texts, only in the admin's, or only in the newer revision. */
export interface DiffLine {
  kind: 'same' | 'mine' | 'theirs';
  text: string;
}

/** Above this many line pairs, the changed middle is shown as replaced whole rather than compared. */
const MAX_CELLS = 2_000_000;

/**
 * A line diff of two texts: the common start and end kept, the middle compared by longest common
 * subsequence (a draft's JSON has hundreds of lines, not millions).
 */
export function lineDiff(mine: string, theirs: string): DiffLine[] {
  const a = mine.split('\n');
  const b = theirs.split('\n');
  let start = 0;
  while (start < a.length && start < b.length && a[start] === b[start]) start += 1;
  let endA = a.length;
  let endB = b.length;
  while (endA > start && endB > start && a[endA - 1] === b[endB - 1]) {
    endA -= 1;
    endB -= 1;
  }
  const same = (lines: string[]) => lines.map((text): DiffLine => ({ kind: 'same', text }));
  return [
    ...same(a.slice(0, start)),
    ...middle(a.slice(start, endA), b.slice(start, endB)),
    ...same(a.slice(endA)),
  ];
}

function middle(a: string[], b: string[]): DiffLine[] {
  const n = a.length;
  const m = b.length;
  if (n * m > MAX_CELLS)
    return [
      ...a.map((text): DiffLine => ({ kind: 'mine', text })),
      ...b.map((text): DiffLine => ({ kind: 'theirs', text })),
    ];
  // lcs[i * (m + 1) + j]: the longest common subsequence of a[i..] and b[j..].
  const lcs = new Uint32Array((n + 1) * (m + 1));
  for (let i = n - 1; i >= 0; i -= 1)
    for (let j = m - 1; j >= 0; j -= 1)
      lcs[i * (m + 1) + j] =
        a[i] === b[j]
          ? (lcs[(i + 1) * (m + 1) + j + 1] ?? 0) + 1
          : Math.max(lcs[(i + 1) * (m + 1) + j] ?? 0, lcs[i * (m + 1) + j + 1] ?? 0);
  const out: DiffLine[] = [];
  let i = 0;
  let j = 0;
  while (i < n || j < m) {
    if (i < n && j < m && a[i] === b[j]) {
      out.push({ kind: 'same', text: a[i] ?? '' });
      i += 1;
      j += 1;
    } else if (j >= m || (i < n && (lcs[(i + 1) * (m + 1) + j] ?? 0) >= (lcs[i * (m + 1) + j + 1] ?? 0))) {
      out.push({ kind: 'mine', text: a[i] ?? '' });
      i += 1;
    } else {
      out.push({ kind: 'theirs', text: b[j] ?? '' });
      j += 1;
    }
  }
  return out;
}

/** A run of diff lines, unchanged runs longer than `context` lines each side folded to a count. */
export type DiffBlock = { kind: 'lines'; lines: DiffLine[] } | { kind: 'folded'; count: number };

export function foldUnchanged(lines: readonly DiffLine[], context = 3): DiffBlock[] {
  const blocks: DiffBlock[] = [];
  let run: DiffLine[] = [];
  const push = (line: DiffLine) => {
    const last = blocks.at(-1);
    if (last?.kind === 'lines') last.lines.push(line);
    else blocks.push({ kind: 'lines', lines: [line] });
  };
  const endRun = (atEnd: boolean) => {
    const first = blocks.length === 0;
    const head = first ? 0 : context;
    const tail = atEnd ? 0 : context;
    if (run.length > head + tail + 1) {
      run.slice(0, head).forEach(push);
      blocks.push({ kind: 'folded', count: run.length - head - tail });
      run.slice(run.length - tail).forEach(push);
    } else run.forEach(push);
    run = [];
  };
  for (const line of lines) {
    if (line.kind === 'same') run.push(line);
    else {
      endRun(false);
      push(line);
    }
  }
  endRun(true);
  return blocks;
}
