import type { Team } from '@parley/contracts';
import { Link } from '@tanstack/react-router';
import type { UseFormReturn } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { CheckboxField } from '../../forms/CheckboxField';
import { SelectField } from '../../forms/SelectField';
import { TextField } from '../../forms/TextField';
import type { TeamBody, TeamFormValues } from './team-form';

interface Props {
  form: UseFormReturn<TeamFormValues, unknown, TeamBody>;
  /** The teams it may escalate to (not itself). */
  teams: readonly Team[];
}

/**
 * The first-response target, or none: its minutes, what happens when it is missed, whether in
 * business hours — those of the conversation's channel account, set in Settings → Business hours,
 * which the option links to once chosen (in a new tab, so the
 * dialog keeps what was typed).
 */
export function SlaFields({ form, teams }: Props) {
  const { t } = useTranslation();
  const enabled = form.watch('sla.enabled');
  const onBreach = form.watch('sla.onBreach');
  const escalateTo = form.watch('sla.escalateToTeamId');
  const businessHoursOnly = form.watch('sla.businessHoursOnly');
  const errors = form.formState.errors.sla;
  return (
    <fieldset className="fieldset">
      <legend className="field__label">{t('teamsPage.sla.heading')}</legend>
      <CheckboxField
        label={t('teamsPage.sla.enabled')}
        hint={t('teamsPage.sla.enabledHint')}
        registration={form.register('sla.enabled')}
        error={errors?.enabled}
        testId="team-sla-enabled"
      />
      {enabled && (
        <div className="team-sla">
          <TextField
            label={t('teamsPage.sla.minutes')}
            hint={t('teamsPage.sla.minutesHint')}
            registration={form.register('sla.firstResponseMinutes')}
            error={errors?.firstResponseMinutes}
            type="number"
            min={1}
            max={10_080}
            step={1}
            inputMode="numeric"
            className="field--short"
            data-testid="team-sla-minutes"
          />
          <fieldset className="fieldset">
            <legend className="field__label">{t('teamsPage.sla.onBreach')}</legend>
            <div className="radio-row">
              {(['reassign', 'escalate'] as const).map((choice) => (
                <label key={choice} className="radio-row__option">
                  <input
                    type="radio"
                    value={choice}
                    data-testid={`team-sla-${choice}`}
                    {...form.register('sla.onBreach')}
                  />
                  {t(`teamsPage.sla.${choice}`)}
                </label>
              ))}
            </div>
          </fieldset>
          {onBreach === 'escalate' &&
            (teams.length === 0 ? (
              <p className="muted">{t('teamsPage.sla.noOtherTeam')}</p>
            ) : (
              <SelectField
                label={t('teamsPage.sla.escalateTo')}
                registration={form.register('sla.escalateToTeamId')}
                error={errors?.escalateToTeamId}
                data-testid="team-sla-escalate-to"
              >
                <option value="">{t('teamsPage.sla.chooseTeam')}</option>
                {teams.map((team) => (
                  <option key={team.id} value={team.id}>
                    {team.name}
                  </option>
                ))}
                {escalateTo !== '' && !teams.some((team) => team.id === escalateTo) && (
                  <option value={escalateTo}>{t('teamsPage.sla.unknownTeam')}</option>
                )}
              </SelectField>
            ))}
          {onBreach === 'escalate' && teams.length === 0 && errors?.escalateToTeamId && (
            <p className="field__error">{errors.escalateToTeamId.message}</p>
          )}
          <CheckboxField
            label={t('teamsPage.sla.businessHoursOnly')}
            hint={
              businessHoursOnly && (
                <>
                  {t('settingsWork.sla.businessHoursHint')}{' '}
                  <Link
                    to="/settings/business-hours"
                    target="_blank"
                    rel="noopener"
                    data-testid="team-sla-business-hours-link"
                  >
                    {t('settingsWork.sla.businessHoursLink')}
                    <span className="visually-hidden"> {t('settingsWork.sla.newTab')}</span>
                  </Link>
                </>
              )
            }
            registration={form.register('sla.businessHoursOnly')}
            error={errors?.businessHoursOnly}
            testId="team-sla-business-hours"
          />
        </div>
      )}
    </fieldset>
  );
}
