import { strategySchema, fallbackStrategySchema, type Team, type User } from '@parley/contracts';
import { useTranslation } from 'react-i18next';
import { FormAlert } from '../../forms/FormAlert';
import { SaveButton } from '../../forms/SaveButton';
import { SelectField } from '../../forms/SelectField';
import { TextField } from '../../forms/TextField';
import { Dialog } from '../../ui/Dialog';
import { MembersFields } from './MembersFields';
import { SlaFields } from './SlaFields';
import { useTeamForm } from './use-team-form';

interface Props {
  /** The team to edit; null for a new one. */
  team: Team | null;
  /** Every team, to escalate to. */
  teams: readonly Team[];
  /** The organisation's people, to pick members from; null when they can't be read. */
  users: readonly User[] | null;
  onClose: () => void;
  onSaved: (team: Team) => void;
}

/** Creates or edits a team: name, strategy, capacity, members and the first-response target. */
export function TeamDialog({ team, teams, users, onClose, onSaved }: Props) {
  const { t } = useTranslation();
  const { form, failure, onSubmit } = useTeamForm(team, onSaved);
  const { errors, isSubmitting } = form.formState;
  const strategy = form.watch('strategy');
  return (
    <Dialog
      title={team ? t('teamsPage.editTitle', { name: team.name }) : t('teamsPage.newTitle')}
      onClose={onClose}
      size="wide"
    >
      <form className="form team-form" onSubmit={(e) => void onSubmit(e)} noValidate>
        <FormAlert error={failure} />
        <TextField
          label={t('teamsPage.form.name')}
          registration={form.register('name')}
          error={errors.name}
          autoComplete="off"
          data-testid="team-name"
        />
        <SelectField
          label={t('teamsPage.form.strategy')}
          hint={t(`teamsPage.strategyHint.${strategy}`)}
          registration={form.register('strategy')}
          error={errors.strategy}
          data-testid="team-strategy"
        >
          {strategySchema.options.map((option) => (
            <option key={option} value={option}>
              {t(`teamsPage.strategy.${option}`)}
            </option>
          ))}
        </SelectField>
        {strategy === 'sticky' && (
          <SelectField
            label={t('teamsPage.form.fallbackStrategy')}
            registration={form.register('fallbackStrategy')}
            error={errors.fallbackStrategy}
            data-testid="team-fallback-strategy"
          >
            {fallbackStrategySchema.options.map((option) => (
              <option key={option} value={option}>
                {t(`teamsPage.strategy.${option}`)}
              </option>
            ))}
          </SelectField>
        )}
        <TextField
          label={t('teamsPage.form.defaultCapacity')}
          hint={t('teamsPage.form.defaultCapacityHint')}
          registration={form.register('defaultCapacity')}
          error={errors.defaultCapacity}
          type="number"
          min={1}
          max={100}
          step={1}
          inputMode="numeric"
          className="field--short"
          data-testid="team-default-capacity"
        />
        <MembersFields form={form} users={users} />
        <SlaFields form={form} teams={teams.filter((other) => other.id !== team?.id)} />
        {errors.root?.contract && <p className="field__error">{errors.root.contract.message}</p>}
        <div className="dialog__actions">
          <button type="button" className="button" onClick={onClose}>
            {t('common.cancel')}
          </button>
          <SaveButton
            busy={isSubmitting}
            label={t('teamsPage.save')}
            busyLabel={t('common.saving')}
            saved={false}
            savedText=""
            testId="team-save"
          />
        </div>
      </form>
    </Dialog>
  );
}
