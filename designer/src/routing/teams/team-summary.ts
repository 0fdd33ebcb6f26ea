import type { Team, User } from '@parley/contracts';
import type { Translate } from '../../i18n/translate';

/** How a team's list row describes it: its strategy, members and SLA in a line each. Pure. */

/** A number of minutes as people read it: "45 min", "2 h", "1 h 30 min". */
export function durationText(minutes: number, t: Translate): string {
  if (minutes < 60) return t('teamsPage.duration.minutes', { count: minutes });
  const hours = Math.floor(minutes / 60);
  const rest = minutes % 60;
  return rest === 0
    ? t('teamsPage.duration.hours', { count: hours })
    : t('teamsPage.duration.hoursMinutes', { hours, minutes: rest });
}

export function strategyText(team: Pick<Team, 'strategy' | 'fallbackStrategy'>, t: Translate): string {
  return team.strategy === 'sticky'
    ? t('teamsPage.strategy.stickyElse', { fallback: t(`teamsPage.strategy.${team.fallbackStrategy}`) })
    : t(`teamsPage.strategy.${team.strategy}`);
}

/** The members by name in the team's order, each with the capacity the team gives them. */
export function memberNames(team: Pick<Team, 'members'>, users: ReadonlyMap<string, User>, t: Translate) {
  return team.members.map((member) => {
    const name = users.get(member.userId)?.name ?? t('teamsPage.members.unknown');
    return member.capacity === null
      ? name
      : t('teamsPage.members.capacityOf', { name, count: member.capacity });
  });
}

/** "Reply within 30 min of business hours, then escalate to Sales", or "None". */
export function slaText(team: Pick<Team, 'sla'>, teams: ReadonlyMap<string, Team>, t: Translate): string {
  const { sla } = team;
  if (sla.firstResponseMinutes === null) return t('teamsPage.sla.none');
  const duration = durationText(sla.firstResponseMinutes, t);
  const target = sla.businessHoursOnly
    ? t('teamsPage.sla.targetBusinessHours', { duration })
    : t('teamsPage.sla.target', { duration });
  const escalateTo = sla.escalateToTeamId === null ? undefined : teams.get(sla.escalateToTeamId);
  const then =
    sla.onBreach === 'reassign'
      ? t('teamsPage.sla.thenReassign')
      : t('teamsPage.sla.thenEscalate', { team: escalateTo?.name ?? t('teamsPage.sla.unknownTeam') });
  return t('teamsPage.sla.summary', { target, then });
}
