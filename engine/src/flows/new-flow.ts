import { randomUUID } from 'node:crypto';
import { type FlowGraph, flowGraphSchema } from '@parley/workflows/flows';
import type { Caller } from '../auth/caller.js';
import type { Sql } from '../infrastructure/database/database.js';

/** A new flow's graph: a lone trigger on a customer's first message, its output ending the flow. */
export const starterGraph = (): FlowGraph =>
  flowGraphSchema.parse({
    schemaVersion: 1,
    nodes: [
      {
        id: 'trigger',
        type: 'trigger',
        position: { x: 0, y: 0 },
        match: { kind: 'new_conversation' },
        priority: 0,
        terminalPorts: ['next'],
      },
    ],
    edges: [],
  });

/** Inserts an unpublished flow of the caller's organisation whose draft is `graph` (revision 0). */
export async function insertFlow(
  sql: Sql,
  caller: Caller,
  flow: { name: string; description: string; graph: FlowGraph },
): Promise<string> {
  const id = randomUUID();
  const now = new Date();
  await sql
    .insertInto('Flow')
    .values({
      id,
      organisation: caller.organisationId,
      name: flow.name,
      description: flow.description,
      draftGraph: flow.graph,
      draftRevision: 0,
      publishedVersion: null,
      createdAt: now,
      updatedAt: now,
      updatedBy: caller.userId,
      archivedAt: null,
    })
    .execute();
  return id;
}
