import { Injectable } from '@nestjs/common';
import { type RoutingRules, routingRulesSchema } from '@parley/contracts';
import { recordAudit } from '../../audit/record-audit.js';
import type { Caller } from '../../auth/caller.js';
import { Database, type Sql } from '../../infrastructure/database/database.js';
import { ApiError } from '../../infrastructure/http/api-error.js';

const noRules: RoutingRules = { rules: [], defaultTeamId: null };

async function rulesOf(sql: Sql, organisationId: string): Promise<RoutingRules> {
  const row = await sql
    .selectFrom('RoutingSettings')
    .select('rules')
    .where('organisation', '=', organisationId)
    .executeTakeFirst();
  const parsed = row && routingRulesSchema.safeParse(row.rules);
  return parsed?.success ? parsed.data : noRules;
}

/** The organisation's routing rules; none (nothing routed) until an admin sets them. */
@Injectable()
export class GetRoutingRulesUseCase {
  constructor(private readonly database: Database) {}

  execute(caller: Caller): Promise<RoutingRules> {
    return rulesOf(this.database.sql(), caller.organisationId);
  }
}

/** Replaces the routing rules (admins); every team they name must be the organisation's. */
@Injectable()
export class UpdateRoutingRulesUseCase {
  constructor(private readonly database: Database) {}

  async execute(caller: Caller, rules: RoutingRules): Promise<RoutingRules> {
    return this.database.transaction(async (sql) => {
      const named = [
        ...rules.rules.map((rule) => rule.teamId),
        ...(rules.defaultTeamId ? [rules.defaultTeamId] : []),
      ];
      const teams =
        named.length === 0
          ? []
          : await sql
              .selectFrom('Team')
              .select('id')
              .where('organisation', '=', caller.organisationId)
              .where('id', 'in', named)
              .execute();
      const known = new Set(teams.map((team) => team.id));
      const issues = [
        ...rules.rules.flatMap((rule, index) =>
          known.has(rule.teamId)
            ? []
            : [{ path: `rules.${index}.teamId`, message: 'is not a team of this organisation' }],
        ),
        ...(rules.defaultTeamId && !known.has(rules.defaultTeamId)
          ? [{ path: 'defaultTeamId', message: 'is not a team of this organisation' }]
          : []),
      ];
      if (issues.length > 0)
        throw new ApiError(
          400,
          'INVALID_INPUT',
          `Invalid body: ${issues.map((issue) => `${issue.path}: ${issue.message}`).join('; ')}`,
          issues,
        );
      const before = await rulesOf(sql, caller.organisationId);
      const now = new Date();
      await sql
        .insertInto('RoutingSettings')
        .values({ organisation: caller.organisationId, rules, updatedAt: now, updatedBy: caller.userId })
        .onConflict((conflict) =>
          conflict.column('organisation').doUpdateSet({ rules, updatedAt: now, updatedBy: caller.userId }),
        )
        .execute();
      await recordAudit(sql, {
        actor: caller,
        action: 'routing_rules.updated',
        target: { type: 'routing_rules', id: caller.organisationId },
        before: { ...before },
        after: { ...rules },
      });
      return rules;
    });
  }
}
