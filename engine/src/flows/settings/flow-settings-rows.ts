import type { FlowSettingsResponse } from '@parley/contracts';
import type { Sql } from '../../infrastructure/database/database.js';

/** The organisation's flow settings as the API shows them: hosts, and secrets by name only. */
export async function flowSettings(sql: Sql, organisationId: string): Promise<FlowSettingsResponse> {
  const settings = await sql
    .selectFrom('FlowSettings')
    .select('allowedHosts')
    .where('organisation', '=', organisationId)
    .executeTakeFirst();
  const secrets = await sql
    .selectFrom('FlowSecret')
    .select(['name', 'updatedAt'])
    .where('organisation', '=', organisationId)
    .orderBy('name')
    .execute();
  return {
    allowedHosts: settings?.allowedHosts ?? [],
    secrets: secrets.map((secret) => ({
      name: secret.name,
      updatedAt: new Date(secret.updatedAt).toISOString(),
    })),
  };
}
