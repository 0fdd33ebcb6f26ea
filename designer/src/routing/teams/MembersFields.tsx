import type { User } from '@parley/contracts';
import { useId, useState } from 'react';
import { useFieldArray, type UseFormReturn } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { fieldErrorText } from '../../forms/field-error-text';
import type { TeamBody, TeamFormValues } from './team-form';

interface Props {
  form: UseFormReturn<TeamFormValues, unknown, TeamBody>;
  /** null when the organisation's people can't be read. */
  users: readonly User[] | null;
}

/** The team's members in its order, each with an optional capacity of their own; adding active people. */
export function MembersFields({ form, users }: Props) {
  const { t } = useTranslation();
  const id = useId();
  const members = useFieldArray({ control: form.control, name: 'members' });
  const [choice, setChoice] = useState('');
  const errors = form.formState.errors.members;
  const byId = new Map((users ?? []).map((user) => [user.id, user]));
  const chosen = new Set(members.fields.map((field) => field.userId));
  const addable = (users ?? []).filter((user) => user.status === 'active' && !chosen.has(user.id));
  const nameOf = (userId: string) => byId.get(userId)?.name ?? t('teamsPage.members.unknown');

  return (
    <fieldset className="fieldset team-members">
      <legend className="field__label">{t('teamsPage.members.heading')}</legend>
      <p className="field__hint">{t('teamsPage.members.hint')}</p>
      {members.fields.length === 0 ? (
        <p className="muted">{t('teamsPage.members.none')}</p>
      ) : (
        <ol className="team-members__list">
          {members.fields.map((field, i) => {
            const name = nameOf(field.userId);
            const error = errors?.[i]?.capacity ?? errors?.[i]?.userId;
            const errorId = `${id}-member-${i}-error`;
            return (
              <li key={field.id} className="team-member" data-testid="team-member">
                <span className="team-member__name">{name}</span>
                <input
                  className="field__input team-member__capacity"
                  type="number"
                  min={1}
                  max={100}
                  step={1}
                  inputMode="numeric"
                  placeholder={t('teamsPage.members.capacityHint')}
                  aria-label={t('teamsPage.members.capacity', { name })}
                  aria-invalid={error ? true : undefined}
                  aria-describedby={error ? errorId : undefined}
                  data-testid={`team-member-capacity-${i}`}
                  {...form.register(`members.${i}.capacity`)}
                />
                <button type="button" className="button button--small" onClick={() => members.remove(i)}>
                  {t('teamsPage.members.remove', { name })}
                </button>
                {error && (
                  <p id={errorId} className="field__error team-member__error">
                    {fieldErrorText(error, t)}
                  </p>
                )}
              </li>
            );
          })}
        </ol>
      )}
      {errors?.root && <p className="field__error">{fieldErrorText(errors.root, t)}</p>}
      {users === null ? (
        <p className="inline-error">{t('teamsPage.members.loadFailed')}</p>
      ) : addable.length === 0 ? (
        <p className="muted">{t('teamsPage.members.everyone')}</p>
      ) : (
        <div className="form__row">
          <div className="field">
            <label className="field__label" htmlFor={`${id}-add`}>
              {t('teamsPage.members.addLabel')}
            </label>
            <select
              id={`${id}-add`}
              className="field__input"
              value={choice}
              onChange={(e) => setChoice(e.target.value)}
              data-testid="team-member-choice"
            >
              <option value="">{t('teamsPage.members.choose')}</option>
              {addable.map((user) => (
                <option key={user.id} value={user.id}>
                  {user.name}
                </option>
              ))}
            </select>
          </div>
          <button
            type="button"
            className="button"
            disabled={choice === ''}
            onClick={() => {
              members.append({ userId: choice, capacity: '' }, { shouldFocus: false });
              setChoice('');
            }}
            data-testid="team-member-add"
          >
            {t('teamsPage.members.add')}
          </button>
        </div>
      )}
    </fieldset>
  );
}
