import { regexConditionFlags } from '@parley/contracts';
import { useTranslation } from 'react-i18next';
import { CheckboxField } from '../../../forms/CheckboxField';
import { TextAreaField } from '../../../forms/TextAreaField';
import { TextField } from '../../../forms/TextField';
import { testRegex } from '../condition-check';
import { conditionError, type ConditionEditorProps } from './condition-editor';

/**
 * A regular expression on the first message, its flags, and a sample message it is tried on as
 * it is typed, by the contract's own condition logic.
 */
export function RegexFields({ form, index }: ConditionEditorProps) {
  const { t } = useTranslation();
  const path = `conditions.${index}` as const;
  const [pattern, flags, sample] = form.watch([`${path}.pattern`, `${path}.flags`, `${path}.sample`]);
  const test = testRegex(pattern, flags, sample);
  let result;
  if (test.state === 'invalid')
    result = test.problem
      ? t('routingPage.issue.patternInvalid', { problem: test.problem })
      : t('routingPage.condition.test.invalid');
  else result = t(`routingPage.condition.test.${test.state}`);
  return (
    <>
      <TextField
        label={t('routingPage.condition.pattern')}
        hint={t('routingPage.condition.patternHint')}
        registration={form.register(`${path}.pattern`)}
        error={conditionError(form, index, 'pattern')}
        autoComplete="off"
        spellCheck={false}
        className="field--code"
        data-testid={`routing-condition-${index}-pattern`}
      />
      <fieldset className="fieldset">
        <legend className="field__label">{t('routingPage.condition.flags')}</legend>
        {regexConditionFlags.map((flag) => (
          <CheckboxField
            key={flag}
            label={t(`routingPage.condition.flag.${flag}`)}
            registration={form.register(`${path}.flags.${flag}`)}
            testId={`routing-condition-${index}-flag-${flag}`}
          />
        ))}
      </fieldset>
      <TextAreaField
        label={t('routingPage.condition.sample')}
        hint={t('routingPage.condition.sampleHint')}
        registration={form.register(`${path}.sample`)}
        rows={2}
        data-testid={`routing-condition-${index}-sample`}
      />
      <p
        role="status"
        className={`regex-test regex-test--${test.state}`}
        data-testid={`routing-condition-${index}-test`}
        data-state={test.state}
      >
        {result}
      </p>
    </>
  );
}
