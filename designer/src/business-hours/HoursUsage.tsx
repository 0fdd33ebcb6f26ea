import type { RoutingRule, Team } from '@parley/contracts';
import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { useLocale } from '../i18n/use-locale';
import { Section } from '../ui/Section';
import { listText } from './hours-summary';

interface Props {
  /** The teams, or null when they can't be read (without `routing:manage`, or a failed load). */
  teams: readonly Team[] | null;
  /** The routing rules, or null when they can't be read. */
  rules: readonly RoutingRule[] | null;
}

/** The teams whose first-response target counts business hours only. */
export const businessHoursTeams = (teams: readonly Team[]): Team[] =>
  teams.filter((team) => team.sla.firstResponseMinutes !== null && team.sla.businessHoursOnly);

/** The routing rules with a business-hours condition (which holds hours of its own). */
export const businessHoursRules = (rules: readonly RoutingRule[]): RoutingRule[] =>
  rules.filter((rule) => rule.conditions.some((condition) => condition.kind === 'business_hours'));

/**
 * What the hours on this page are for: the teams' "business hours only" targets count them, the
 * away message answers outside them; a routing rule's condition has hours of its own.
 */
export function HoursUsage({ teams, rules }: Props) {
  const { t } = useTranslation();
  const { locale } = useLocale();
  const counting = teams && businessHoursTeams(teams);
  const withCondition = rules && businessHoursRules(rules);
  return (
    <Section id="business-hours-usage" title={t('settingsWork.businessHours.usage.heading')}>
      <ul className="hours-usage" data-testid="business-hours-usage">
        <li>
          <p>{t('settingsWork.businessHours.usage.sla')}</p>
          {counting && (
            <p className="muted" data-testid="business-hours-usage-teams">
              {counting.length === 0
                ? t('settingsWork.businessHours.usage.noTeams')
                : t('settingsWork.businessHours.usage.teams', {
                    names: listText(
                      counting.map((team) => team.name),
                      locale,
                    ),
                  })}{' '}
              <Link to="/settings/teams">{t('settingsWork.businessHours.usage.teamsLink')}</Link>
            </p>
          )}
        </li>
        <li>
          <p>{t('settingsWork.businessHours.usage.away')}</p>
        </li>
        <li>
          <p>{t('settingsWork.businessHours.usage.rules')}</p>
          {withCondition && (
            <p className="muted" data-testid="business-hours-usage-rules">
              {withCondition.length === 0
                ? t('settingsWork.businessHours.usage.noRules')
                : t('settingsWork.businessHours.usage.rulesUsing', {
                    names: listText(
                      withCondition.map((rule) => rule.name),
                      locale,
                    ),
                  })}{' '}
              <Link to="/settings/routing">{t('settingsWork.businessHours.usage.rulesLink')}</Link>
            </p>
          )}
        </li>
      </ul>
    </Section>
  );
}
