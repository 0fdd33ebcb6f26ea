import { Inject, Injectable } from '@nestjs/common';
import { SECRET_BOX } from '../infrastructure/crypto/secret-box.provider.js';
import type { SecretBox } from '../infrastructure/crypto/secret-box.js';
import { Database } from '../infrastructure/database/database.js';

/**
 * The organisation's secrets for HTTP request nodes, sealed at rest (AES-256-GCM, bound to the
 * organisation and the secret's name, so a value copied to another row does not open), and what
 * the runtime's HTTP activity needs to make a request.
 */
@Injectable()
export class FlowSecretsStore {
  constructor(
    private readonly database: Database,
    @Inject(SECRET_BOX) private readonly box: SecretBox,
  ) {}

  seal(organisationId: string, name: string, value: string): string {
    return this.box.seal(value, boundTo(organisationId, name));
  }

  /**
   * The hosts the organisation's requests may go to and its secrets by name, opened. A value that
   * does not open (sealed with another key) is left out, as if it were never set.
   */
  async resolve(
    organisationId: string,
  ): Promise<{ allowedHosts: string[]; secrets: Record<string, string> }> {
    const sql = this.database.sql();
    const settings = await sql
      .selectFrom('FlowSettings')
      .select('allowedHosts')
      .where('organisation', '=', organisationId)
      .executeTakeFirst();
    const rows = await sql
      .selectFrom('FlowSecret')
      .select(['name', 'value'])
      .where('organisation', '=', organisationId)
      .execute();
    const secrets: Record<string, string> = {};
    for (const row of rows) {
      try {
        secrets[row.name] = this.box.open(row.value, boundTo(organisationId, row.name));
      } catch {
        // Another key sealed it: the admin sets it again.
      }
    }
    return { allowedHosts: settings?.allowedHosts ?? [], secrets };
  }
}

const boundTo = (organisationId: string, name: string) => `flow_secret:${organisationId}:${name}`;
