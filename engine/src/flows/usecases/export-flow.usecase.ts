import { Injectable } from '@nestjs/common';
import type { FlowDocument } from '@parley/contracts';
import type { Caller } from '../../auth/caller.js';
import { Database } from '../../infrastructure/database/database.js';
import { requireFlow } from '../flow-rows.js';

/** A flow's draft as a file another installation (or organisation) can import. */
@Injectable()
export class ExportFlowUseCase {
  constructor(private readonly database: Database) {}

  async execute(caller: Caller, id: string): Promise<FlowDocument> {
    const flow = await requireFlow(this.database.sql(), caller.organisationId, id);
    return {
      format: 'parley-flow',
      name: flow.name,
      description: flow.description,
      graph: flow.draftGraph,
      exportedAt: new Date().toISOString(),
    };
  }
}

/**
 * The export's `Content-Disposition`: the flow's name as the file name (an ASCII fallback for old
 * clients, the UTF-8 name for the rest — names are often Japanese).
 */
export function exportDisposition(name: string): string {
  const ascii =
    name
      .replace(/[^A-Za-z0-9 ._-]+/g, '')
      .trim()
      .replace(/\s+/g, '-') || 'flow';
  return `attachment; filename="${ascii}.parley-flow.json"; filename*=UTF-8''${encodeURIComponent(`${name}.parley-flow.json`)}`;
}
