import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import type { FlowSettingsResponse, setFlowSecretSchema, updateFlowHostsSchema } from '@parley/contracts';
import type { z } from 'zod';
import { recordAudit } from '../../audit/record-audit.js';
import type { Caller } from '../../auth/caller.js';
import { Database } from '../../infrastructure/database/database.js';
import { ApiError } from '../../infrastructure/http/api-error.js';
import { flowSettings } from './flow-settings-rows.js';
import { FlowSecretsStore } from '../flow-secrets.store.js';

/** The hosts HTTP request nodes may call and the names of their secrets (values never leave). */
@Injectable()
export class GetFlowSettingsUseCase {
  constructor(private readonly database: Database) {}

  execute(caller: Caller): Promise<FlowSettingsResponse> {
    return flowSettings(this.database.sql(), caller.organisationId);
  }
}

/** Replaces the hosts HTTP request nodes may call (admins). */
@Injectable()
export class UpdateFlowHostsUseCase {
  constructor(private readonly database: Database) {}

  execute(caller: Caller, input: z.output<typeof updateFlowHostsSchema>): Promise<FlowSettingsResponse> {
    return this.database.transaction(async (sql) => {
      const before = await flowSettings(sql, caller.organisationId);
      const allowedHosts = [...new Set(input.allowedHosts)];
      const updatedAt = new Date();
      await sql
        .insertInto('FlowSettings')
        .values({ organisation: caller.organisationId, allowedHosts, updatedAt })
        .onConflict((conflict) => conflict.column('organisation').doUpdateSet({ allowedHosts, updatedAt }))
        .execute();
      await recordAudit(sql, {
        actor: caller,
        action: 'flow_settings.hosts_updated',
        target: { type: 'flow_settings', id: caller.organisationId },
        before: { allowedHosts: before.allowedHosts },
        after: { allowedHosts },
      });
      return flowSettings(sql, caller.organisationId);
    });
  }
}

/** Sets a secret by name (admins), sealed; the audit log records its name, never its value. */
@Injectable()
export class SetFlowSecretUseCase {
  constructor(
    private readonly database: Database,
    private readonly secrets: FlowSecretsStore,
  ) {}

  execute(
    caller: Caller,
    name: string,
    input: z.output<typeof setFlowSecretSchema>,
  ): Promise<FlowSettingsResponse> {
    return this.database.transaction(async (sql) => {
      const value = this.secrets.seal(caller.organisationId, name, input.value);
      const updatedAt = new Date();
      await sql
        .insertInto('FlowSecret')
        .values({ id: randomUUID(), organisation: caller.organisationId, name, value, updatedAt })
        .onConflict((conflict) =>
          conflict.columns(['organisation', 'name']).doUpdateSet({ value, updatedAt }),
        )
        .execute();
      await recordAudit(sql, {
        actor: caller,
        action: 'flow_settings.secret_set',
        target: { type: 'flow_secret', id: null, label: name },
        after: { name },
      });
      return flowSettings(sql, caller.organisationId);
    });
  }
}

/** Deletes a secret (admins); requests naming it then fail to validate and to run. */
@Injectable()
export class DeleteFlowSecretUseCase {
  constructor(private readonly database: Database) {}

  execute(caller: Caller, name: string): Promise<FlowSettingsResponse> {
    return this.database.transaction(async (sql) => {
      const deleted = await sql
        .deleteFrom('FlowSecret')
        .where('organisation', '=', caller.organisationId)
        .where('name', '=', name)
        .executeTakeFirst();
      if (Number(deleted.numDeletedRows) === 0)
        throw new ApiError(404, 'NOT_FOUND', `there is no secret named ${name}`);
      await recordAudit(sql, {
        actor: caller,
        action: 'flow_settings.secret_deleted',
        target: { type: 'flow_secret', id: null, label: name },
        before: { name },
      });
      return flowSettings(sql, caller.organisationId);
    });
  }
}
