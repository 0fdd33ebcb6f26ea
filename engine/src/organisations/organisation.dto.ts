import type { Organisation } from '@parley/contracts';
import type { Organisation as OrganisationRow } from '../infrastructure/database/entities.js';
import { iso } from '../infrastructure/database/timestamps.js';

export function toOrganisationDto(
  row: Pick<OrganisationRow, 'id' | 'name' | 'plan' | 'createdAt'>,
): Organisation {
  return { id: row.id, name: row.name, plan: row.plan, createdAt: iso(row.createdAt) };
}
