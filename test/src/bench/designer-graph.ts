import type { FlowEdge, FlowGraph, FlowNode } from '@parley/workflows/flows';

/** Nodes in one block of the designer benchmark's flow. */
const blockSize = 8;
/** Blocks side by side before the next row of blocks, so the whole flow is about 16:9. */
const blocksPerRow = 8;
/** A grid cell: wider than a node card and its ports, taller than its text. */
const cell = { x: 300, y: 180 };
/** Grid cells one block takes: three columns, five rows. */
const blockCells = { columns: 3, rows: 5 };

/**
 * A valid flow of `nodeCount` nodes (at least 2) for the designer's benchmark, laid out on a grid:
 * a keyword trigger, then blocks of 8 — a menu of 3 reply buttons; "ask" → a question → a wait for
 * the reply (saved) → a variable set from it → a condition on it, whose both branches lead to the
 * next block's menu; "info" → a message → the next menu; "bye" (and the wait's timeout) → a message
 * → an end — then as many messages as are left over, and an end. Every output is connected but the
 * menus' `no_match`, which ends the flow.
 */
export function designerFlow(nodeCount = 300): FlowGraph {
  if (!Number.isInteger(nodeCount) || nodeCount < 2)
    throw new RangeError(`nodeCount ${nodeCount}: at least 2`);
  const blocks = Math.floor((nodeCount - 2) / blockSize);
  const fillers = (nodeCount - 2) % blockSize;
  const at = (column: number, row: number) => ({ x: column * cell.x, y: row * cell.y });
  const nodes: FlowNode[] = [
    {
      id: 'start',
      type: 'trigger',
      position: at(1, 0),
      match: { kind: 'keyword', keywords: ['designerbench'], mode: 'exact' },
      priority: 0,
    },
  ];
  const edges: FlowEdge[] = [];
  // The outputs that lead to whatever comes next: the next block's menu, the fillers or the end.
  let open: { id: string; port: string }[] = [{ id: 'start', port: 'next' }];
  const connect = (target: string) => {
    for (const { id, port } of open)
      edges.push({ id: `e-${id}-${port}`, source: id, sourcePort: port, target });
  };
  for (let block = 0; block < blocks; block++) {
    const column = (block % blocksPerRow) * blockCells.columns;
    const row = 1 + Math.floor(block / blocksPerRow) * blockCells.rows;
    const id = (name: string) => `${name}_${block + 1}`;
    const answer = `answer_${block + 1}`;
    nodes.push(
      {
        id: id('menu'),
        type: 'reply_buttons',
        label: `Menu ${block + 1}`,
        position: at(column + 1, row),
        body: `Step ${block + 1}: what would you like to do?`,
        buttons: [
          { id: 'ask', title: 'Ask a question' },
          { id: 'info', title: 'More info' },
          { id: 'bye', title: 'Goodbye' },
        ],
        noMatch: { reaskText: 'Please tap one of the buttons.', maxReasks: 1 },
        terminalPorts: ['no_match'],
      },
      {
        id: id('question'),
        type: 'send_message',
        position: at(column, row + 1),
        content: { kind: 'text', text: 'Is this your first order? Please answer yes or no.' },
      },
      {
        id: id('info'),
        type: 'send_message',
        position: at(column + 1, row + 1),
        content: { kind: 'text', text: 'We deliver within two working days.' },
      },
      {
        id: id('bye'),
        type: 'send_message',
        position: at(column + 2, row + 1),
        content: { kind: 'text', text: 'Thank you, goodbye!' },
      },
      {
        id: id('wait'),
        type: 'wait_for_reply',
        position: at(column, row + 2),
        timeoutMinutes: 60,
        saveAs: answer,
      },
      { id: id('end'), type: 'end', position: at(column + 2, row + 2), close: false },
      {
        id: id('remember'),
        type: 'set_variable',
        position: at(column, row + 3),
        name: 'first_order',
        value: `{{${answer}}}`,
      },
      {
        id: id('check'),
        type: 'condition',
        position: at(column, row + 4),
        branches: [
          {
            id: 'first',
            label: 'First order',
            match: 'all',
            rules: [
              {
                kind: 'compare',
                subject: { kind: 'variable', name: 'first_order' },
                operator: 'equals',
                value: 'yes',
              },
            ],
          },
        ],
      },
    );
    connect(id('menu'));
    const link = (source: string, port: string, target: string) =>
      edges.push({ id: `e-${id(source)}-${port}`, source: id(source), sourcePort: port, target: id(target) });
    link('menu', 'ask', 'question');
    link('menu', 'info', 'info');
    link('menu', 'bye', 'bye');
    link('question', 'next', 'wait');
    link('wait', 'reply', 'remember');
    link('wait', 'timeout', 'bye');
    link('remember', 'next', 'check');
    link('bye', 'next', 'end');
    open = [
      { id: id('check'), port: 'first' },
      { id: id('check'), port: 'else' },
      { id: id('info'), port: 'next' },
    ];
  }
  const lastRow = 1 + Math.ceil(blocks / blocksPerRow) * blockCells.rows;
  for (let filler = 0; filler <= fillers; filler++) {
    const last = filler === fillers;
    const id = last ? 'done' : `closing_${filler + 1}`;
    nodes.push(
      last
        ? { id, type: 'end', position: at(filler, lastRow), close: false }
        : {
            id,
            type: 'send_message',
            position: at(filler, lastRow),
            content: { kind: 'text', text: `Closing note ${filler + 1}.` },
          },
    );
    connect(id);
    if (!last) open = [{ id, port: 'next' }];
  }
  return { schemaVersion: 1, nodes, edges, settings: { debounceMs: 1_500, stepBudget: 200 } };
}
