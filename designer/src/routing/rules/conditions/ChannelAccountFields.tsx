import { Controller } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { fieldErrorText } from '../../../forms/field-error-text';
import { conditionError, type ConditionEditorProps } from './condition-editor';

/** The channel accounts the conversation may come in on; saved ones no longer listed stay, to uncheck. */
export function ChannelAccountFields({ form, index, accounts }: ConditionEditorProps) {
  const { t } = useTranslation();
  const error = conditionError(form, index, 'channelAccountIds');
  const errorId = `routing-condition-${index}-accounts-error`;
  return (
    <fieldset className="fieldset">
      <legend className="field__label">{t('routingPage.condition.channelAccounts')}</legend>
      <Controller
        control={form.control}
        name={`conditions.${index}.channelAccountIds`}
        render={({ field }) => {
          const value: string[] = field.value;
          const known = new Set(accounts.map((account) => account.id));
          const choices = [
            ...accounts.map((account) => ({ id: account.id, label: `${account.name} (${account.channel})` })),
            ...value
              .filter((id) => !known.has(id))
              .map((id) => ({
                id,
                label: t('routingPage.condition.unknownAccount', { id: id.slice(0, 8) }),
              })),
          ];
          if (choices.length === 0) return <p className="muted">{t('routingPage.condition.noAccounts')}</p>;
          return (
            <ul className="check-list">
              {choices.map((choice) => {
                const id = `routing-condition-${index}-account-${choice.id}`;
                return (
                  <li key={choice.id} className="check-list__item">
                    <input
                      id={id}
                      type="checkbox"
                      checked={value.includes(choice.id)}
                      aria-describedby={error ? errorId : undefined}
                      aria-invalid={error ? true : undefined}
                      data-testid={`routing-condition-${index}-account`}
                      value={choice.id}
                      onChange={(e) =>
                        field.onChange(
                          e.target.checked
                            ? [...value, choice.id]
                            : value.filter((other) => other !== choice.id),
                        )
                      }
                      onBlur={field.onBlur}
                      ref={choice.id === choices[0]?.id ? field.ref : undefined}
                    />
                    <label htmlFor={id} className="check-list__label">
                      {choice.label}
                    </label>
                  </li>
                );
              })}
            </ul>
          );
        }}
      />
      {error && (
        <p id={errorId} className="field__error">
          {fieldErrorText(error, t)}
        </p>
      )}
    </fieldset>
  );
}
