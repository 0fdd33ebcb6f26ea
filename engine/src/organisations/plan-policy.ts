import { type PlanFeature, type PlanId, plans, plansWith } from '@parley/contracts';
import type { Sql } from '../infrastructure/database/database.js';
import { ApiError } from '../infrastructure/http/api-error.js';

const featureNames: Record<PlanFeature, string> = { whatsapp: 'WhatsApp', telegram: 'Telegram' };

async function planOf(sql: Sql, organisationId: string): Promise<PlanId> {
  const row = await sql
    .selectFrom('Organisation')
    .select('plan')
    .where('id', '=', organisationId)
    .executeTakeFirstOrThrow();
  return row.plan;
}

/** 403 PLAN_REQUIRED unless the organisation's plan unlocks the feature, naming the plans that do. */
export async function requireFeature(sql: Sql, organisationId: string, feature: PlanFeature): Promise<void> {
  const plan = plans[await planOf(sql, organisationId)];
  if (plan.features[feature]) return;
  const options = plansWith(feature).map((candidate) => candidate.name);
  throw new ApiError(
    403,
    'PLAN_REQUIRED',
    `${featureNames[feature]} needs the ${options.join(', ')} plan; this organisation is on ${plan.name}`,
  );
}

/** The seats the plan's user limit counts: active people and invitations still open. */
export async function seatsInUse(sql: Sql, organisationId: string, now = new Date()): Promise<number> {
  const people = await sql
    .selectFrom('User')
    .select((eb) => eb.fn.countAll<number>().as('count'))
    .where('organisation', '=', organisationId)
    .where('status', '=', 'active')
    .executeTakeFirstOrThrow();
  const invited = await sql
    .selectFrom('Invitation')
    .select((eb) => eb.fn.countAll<number>().as('count'))
    .where('organisation', '=', organisationId)
    .where('acceptedAt', 'is', null)
    .where('revokedAt', 'is', null)
    .where('expiresAt', '>', now)
    .executeTakeFirstOrThrow();
  return Number(people.count) + Number(invited.count);
}

/** 403 PLAN_LIMIT_REACHED unless the plan has a seat for one more person. */
export async function requireSeat(sql: Sql, organisationId: string, now = new Date()): Promise<void> {
  await requireRoom(sql, organisationId, 'users', await seatsInUse(sql, organisationId, now));
}

/** 403 PLAN_LIMIT_REACHED when `inUse` already fills the plan's limit. */
export async function requireRoom(
  sql: Sql,
  organisationId: string,
  limit: keyof (typeof plans)[PlanId]['limits'],
  inUse: number,
): Promise<void> {
  const plan = plans[await planOf(sql, organisationId)];
  const allowed = plan.limits[limit];
  if (inUse < allowed) return;
  const what = limit === 'users' ? 'people (with pending invitations)' : 'channel accounts';
  throw new ApiError(403, 'PLAN_LIMIT_REACHED', `the ${plan.name} plan allows ${allowed} ${what}`);
}
