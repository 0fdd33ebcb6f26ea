import { comparisonOperators, contactFields, type ConditionRule } from '@parley/workflows/flows';
import { useContext, useId } from 'react';
import { useTranslation } from 'react-i18next';
import { SelectInput } from '../fields/SelectInput';
import { TextInput } from '../fields/TextInput';
import { PanelContext } from '../panel-context';

type CompareRule = Extract<ConditionRule, { kind: 'compare' }>;
type Subject = CompareRule['subject'];

interface Props {
  rule: CompareRule;
  path: string;
  onChange: (rule: CompareRule, path: string) => void;
}

const subjects: readonly Subject['kind'][] = ['reply', 'variable', 'contact'];

function newSubject(kind: Subject['kind']): Subject {
  if (kind === 'variable') return { kind, name: '' };
  if (kind === 'contact') return { kind, field: 'name' };
  return { kind };
}

/** A comparison: what is compared (the reply, a variable, a contact field), how, and with what. */
export function CompareRuleFields({ rule, path, onChange }: Props) {
  const { t } = useTranslation();
  const { variables } = useContext(PanelContext);
  const listId = useId();
  const { subject } = rule;
  const needsValue = rule.operator !== 'is_set' && rule.operator !== 'is_not_set';
  return (
    <>
      <SelectInput
        path={`${path}.subject.kind`}
        label={t('flowPanel.rule.subject')}
        value={subject.kind}
        options={subjects.map((kind) => ({ value: kind, label: t(`flowPanel.rule.subjects.${kind}`) }))}
        onChange={(kind) => onChange({ ...rule, subject: newSubject(kind) }, `${path}.subject.kind`)}
      />
      {subject.kind === 'variable' && (
        <>
          <TextInput
            path={`${path}.subject.name`}
            label={t('flowPanel.rule.variable')}
            value={subject.name}
            list={listId}
            onChange={(name) => onChange({ ...rule, subject: { ...subject, name } }, `${path}.subject.name`)}
          />
          <datalist id={listId}>
            {variables.map((name) => (
              <option key={name} value={name} />
            ))}
          </datalist>
        </>
      )}
      {subject.kind === 'contact' && (
        <SelectInput
          path={`${path}.subject.field`}
          label={t('flowPanel.rule.contactField')}
          value={subject.field}
          options={contactFields.map((field) => ({
            value: field,
            label: t(`flowPanel.picker.contact.${field}`),
          }))}
          onChange={(field) => onChange({ ...rule, subject: { ...subject, field } }, `${path}.subject.field`)}
        />
      )}
      <SelectInput
        path={`${path}.operator`}
        label={t('flowPanel.rule.operator')}
        value={rule.operator}
        options={comparisonOperators.map((operator) => ({
          value: operator,
          label: t(`flowPanel.rule.operators.${operator}`),
        }))}
        onChange={(operator) => onChange({ ...rule, operator }, `${path}.operator`)}
      />
      {needsValue && (
        <TextInput
          path={`${path}.value`}
          label={t('flowPanel.rule.value')}
          hint={rule.operator === 'matches_regex' ? t('flowPanel.rule.regexHint') : undefined}
          value={rule.value}
          picker="variables"
          onChange={(value) => onChange({ ...rule, value }, `${path}.value`)}
        />
      )}
    </>
  );
}
