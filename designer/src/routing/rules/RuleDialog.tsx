import {
  routingConditionKinds,
  routingLimits,
  type ChannelAccount,
  type RoutingConditionKind,
  type RoutingRule,
  type Team,
} from '@parley/contracts';
import { useMemo, useState } from 'react';
import { useFieldArray, useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { newClientId } from '../../api/client-id';
import { CheckboxField } from '../../forms/CheckboxField';
import { fieldErrorText } from '../../forms/field-error-text';
import { SelectField } from '../../forms/SelectField';
import { TextField } from '../../forms/TextField';
import { Dialog } from '../../ui/Dialog';
import { ConditionFields } from './conditions/ConditionFields';
import { blankCondition } from './condition-forms';
import { ruleResolver, ruleValues, type RuleFormValues } from './rule-form';

interface Props {
  /** The rule to edit; null for a new one. */
  rule: RoutingRule | null;
  teams: readonly Team[];
  accounts: readonly ChannelAccount[];
  onClose: () => void;
  /** The rule as the contract parsed it, to put in the list (saved with the routing). */
  onApply: (rule: RoutingRule) => void;
}

/** Edits one rule: its name, team, whether it is used, and its conditions (all must hold). */
export function RuleDialog({ rule, teams, accounts, onClose, onApply }: Props) {
  const { t } = useTranslation();
  const form = useForm<RuleFormValues, unknown, RoutingRule>({
    resolver: useMemo(() => ruleResolver(t), [t]),
    defaultValues: ruleValues(rule, newClientId),
  });
  const conditions = useFieldArray({ control: form.control, name: 'conditions' });
  const [kind, setKind] = useState<RoutingConditionKind>('keyword');
  const { errors } = form.formState;
  const full = conditions.fields.length >= routingLimits.conditionsPerRule;
  const teamId = form.watch('teamId');
  const onSubmit = form.handleSubmit(onApply);

  return (
    <Dialog
      title={rule ? t('routingPage.editor.editTitle', { name: rule.name }) : t('routingPage.editor.newTitle')}
      onClose={onClose}
      size="wide"
    >
      <form className="form rule-form" onSubmit={(e) => void onSubmit(e)} noValidate>
        <TextField
          label={t('routingPage.editor.name')}
          hint={t('routingPage.editor.nameHint')}
          registration={form.register('name')}
          error={errors.name}
          autoComplete="off"
          data-testid="routing-rule-name"
        />
        <SelectField
          label={t('routingPage.editor.team')}
          registration={form.register('teamId')}
          error={errors.teamId}
          data-testid="routing-rule-team"
        >
          <option value="">{t('routingPage.editor.chooseTeam')}</option>
          {teams.map((team) => (
            <option key={team.id} value={team.id}>
              {team.name}
            </option>
          ))}
          {teamId !== '' && !teams.some((team) => team.id === teamId) && (
            <option value={teamId}>{t('routingPage.rules.unknownTeam')}</option>
          )}
        </SelectField>
        <CheckboxField
          label={t('routingPage.editor.enabled')}
          registration={form.register('enabled')}
          testId="routing-rule-enabled"
        />
        <fieldset className="fieldset">
          <legend className="field__label">{t('routingPage.editor.conditions')}</legend>
          <p className="field__hint">{t('routingPage.editor.conditionsHint')}</p>
          {conditions.fields.length === 0 ? (
            <p className="muted">{t('routingPage.editor.noConditions')}</p>
          ) : (
            <ol className="rule-conditions">
              {conditions.fields.map((field, index) => (
                <ConditionFields
                  key={field.id}
                  kind={field.kind}
                  form={form}
                  index={index}
                  accounts={accounts}
                  onRemove={() => conditions.remove(index)}
                />
              ))}
            </ol>
          )}
          {errors.conditions?.root && (
            <p className="field__error">{fieldErrorText(errors.conditions.root, t)}</p>
          )}
          <div className="form__row">
            <div className="field">
              <label className="field__label" htmlFor="routing-condition-kind">
                {t('routingPage.editor.addKind')}
              </label>
              <select
                id="routing-condition-kind"
                className="field__input"
                value={kind}
                onChange={(e) => setKind(e.target.value as RoutingConditionKind)}
                data-testid="routing-condition-kind"
              >
                {routingConditionKinds.map((option) => (
                  <option key={option} value={option}>
                    {t(`routingPage.condition.kind.${option}`)}
                  </option>
                ))}
              </select>
            </div>
            <button
              type="button"
              className="button"
              disabled={full}
              onClick={() => conditions.append(blankCondition(kind))}
              data-testid="routing-condition-add"
            >
              {t('routingPage.editor.add')}
            </button>
          </div>
        </fieldset>
        {errors.root?.contract && <p className="field__error">{errors.root.contract.message}</p>}
        <p className="muted">{t('routingPage.editor.applyHint')}</p>
        <div className="dialog__actions">
          <button type="button" className="button" onClick={onClose}>
            {t('common.cancel')}
          </button>
          <button type="submit" className="button button--primary" data-testid="routing-rule-apply">
            {t('routingPage.editor.apply')}
          </button>
        </div>
      </form>
    </Dialog>
  );
}
