import {
  createTeamSchema,
  defaultTeamSla,
  type FallbackStrategy,
  type Strategy,
  type Team,
  type TeamSla,
} from '@parley/contracts';
import { set, type FieldErrors, type Resolver } from 'react-hook-form';
import type { z } from 'zod';
import { TRANSLATED } from '../../forms/field-error-text';
import type { Translate } from '../../i18n/translate';

/** A member as the form edits them: a blank capacity keeps the agent's own. */
export interface TeamMemberValues {
  userId: string;
  capacity: string;
}

/** The team form's fields, as typed: numbers as the text of their inputs. */
export interface TeamFormValues {
  name: string;
  strategy: Strategy;
  fallbackStrategy: FallbackStrategy;
  defaultCapacity: string;
  members: TeamMemberValues[];
  sla: {
    /** Off: no first-response target (and nothing happens on a breach). */
    enabled: boolean;
    firstResponseMinutes: string;
    onBreach: TeamSla['onBreach'];
    /** The team to escalate to, '' for none chosen. */
    escalateToTeamId: string;
    businessHoursOnly: boolean;
  };
}

/** What a new team starts from. */
export const NEW_TEAM_CAPACITY = 5;
const NEW_TEAM_MINUTES = 30;

const typed = (value: number | null) => (value === null ? '' : String(value));

/** A team in the form; a new one when there is none. */
export function teamValues(team: Team | null): TeamFormValues {
  const sla = team?.sla ?? defaultTeamSla;
  return {
    name: team?.name ?? '',
    strategy: team?.strategy ?? 'round_robin',
    fallbackStrategy: team?.fallbackStrategy ?? 'round_robin',
    defaultCapacity: String(team?.defaultCapacity ?? NEW_TEAM_CAPACITY),
    members: (team?.members ?? []).map((member) => ({
      userId: member.userId,
      capacity: typed(member.capacity),
    })),
    sla: {
      enabled: sla.firstResponseMinutes !== null,
      firstResponseMinutes: String(sla.firstResponseMinutes ?? NEW_TEAM_MINUTES),
      onBreach: sla.onBreach,
      escalateToTeamId: sla.escalateToTeamId ?? '',
      businessHoursOnly: sla.businessHoursOnly,
    },
  };
}

/** The body of `POST /api/teams` and `PATCH /api/teams/:id` (every field), as the contract makes it. */
export type TeamBody = z.output<typeof createTeamSchema>;

/** A typed number; blank is null, and what is not a number stays one the contract refuses. */
const number = (text: string): number | null => (text.trim() === '' ? null : Number(text.trim()));

/**
 * The form as the request, before the contract checks it. Without a target the SLA is the
 * contract's "none"; a team to escalate to is sent only when escalating.
 */
export function teamCandidate(values: TeamFormValues) {
  const { sla } = values;
  const escalating = sla.onBreach === 'escalate';
  return {
    name: values.name,
    strategy: values.strategy,
    fallbackStrategy: values.fallbackStrategy,
    defaultCapacity: number(values.defaultCapacity),
    members: values.members.map((member) => ({ userId: member.userId, capacity: number(member.capacity) })),
    sla: sla.enabled
      ? {
          firstResponseMinutes: number(sla.firstResponseMinutes),
          onBreach: sla.onBreach,
          escalateToTeamId: escalating && sla.escalateToTeamId !== '' ? sla.escalateToTeamId : null,
          businessHoursOnly: sla.businessHoursOnly,
        }
      : defaultTeamSla,
  };
}

/**
 * The form field a path of the request names (the contract's or the API's issue): the same path,
 * except the members as a whole (`members.root`) and the SLA as a whole (its switch).
 */
export function teamField(path: string): string | null {
  if (path === 'members') return 'members.root';
  if (path === 'sla') return 'sla.enabled';
  if (/^(name|strategy|fallbackStrategy|defaultCapacity)$/.test(path)) return path;
  if (/^members\.\d+\.(userId|capacity)$/.test(path)) return path;
  if (/^sla\.(firstResponseMinutes|onBreach|escalateToTeamId|businessHoursOnly)$/.test(path)) return path;
  return null;
}

/** A failed check of the contract's team schema in the admin's language. */
export function teamIssueText(issue: z.core.$ZodIssue, t: Translate): string {
  const last = issue.path.at(-1);
  const max = issue.code === 'too_big' ? Number(issue.maximum) : 0;
  if (last === 'name')
    return issue.code === 'too_big' ? t('teamsPage.issue.nameTooLong', { max }) : t('teamsPage.issue.name');
  if (last === 'defaultCapacity' || last === 'capacity') return t('teamsPage.issue.capacity');
  if (last === 'firstResponseMinutes') return t('teamsPage.issue.minutes');
  if (last === 'escalateToTeamId') return t('teamsPage.issue.escalateTo');
  if (last === 'userId') return t('teamsPage.issue.memberTwice');
  if (last === 'members') return t('teamsPage.issue.tooManyMembers', { max });
  return t('forms.invalid');
}

/**
 * The form's resolver: the contract's own checks (`createTeamSchema`), each worded under its
 * field; what it passes to the submit handler is the request body.
 */
export function teamResolver(t: Translate): Resolver<TeamFormValues, unknown, TeamBody> {
  return (values, _context, options) => {
    const parsed = createTeamSchema.safeParse(teamCandidate(values));
    if (parsed.success) return { values: parsed.data, errors: {} };
    const errors: FieldErrors<TeamFormValues> = {};
    const seen = new Set<string>();
    for (const issue of parsed.error.issues) {
      const field = teamField(issue.path.join('.'));
      if (field === null || seen.has(field)) continue;
      seen.add(field);
      const ref = (options.fields[field] as { ref?: unknown } | undefined)?.ref;
      set(errors, field, { type: TRANSLATED, message: teamIssueText(issue, t), ref });
    }
    if (seen.size === 0) set(errors, 'root.contract', { type: TRANSLATED, message: t('forms.invalid') });
    return { values: {}, errors };
  };
}
