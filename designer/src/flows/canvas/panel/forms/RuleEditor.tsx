import type { ConditionRule } from '@parley/workflows/flows';
import { useTranslation } from 'react-i18next';
import { SelectInput } from '../fields/SelectInput';
import { TextInput } from '../fields/TextInput';
import { CompareRuleFields } from './CompareRuleFields';
import { newRule } from './new-rule';

interface Props {
  rule: ConditionRule;
  /** `branches.0.rules.1` */
  path: string;
  number: number;
  removable: boolean;
  onChange: (rule: ConditionRule, path: string) => void;
  onRemove: () => void;
}

const kinds: readonly ConditionRule['kind'][] = ['compare', 'tag', 'business_hours'];

/** One rule of a branch: a comparison, a tag the contact has or not, or the business hours. */
export function RuleEditor({ rule, path, number, removable, onChange, onRemove }: Props) {
  const { t } = useTranslation();
  const yesNo = (yes: string, no: string) => [
    { value: 'true' as const, label: yes },
    { value: 'false' as const, label: no },
  ];
  return (
    <div className="flow-panel__rule">
      <SelectInput
        path={`${path}.kind`}
        label={t('flowPanel.rule.kind', { number })}
        value={rule.kind}
        options={kinds.map((kind) => ({ value: kind, label: t(`flowPanel.rule.kinds.${kind}`) }))}
        onChange={(kind) => onChange(newRule(kind), `${path}.kind`)}
      />
      {rule.kind === 'compare' && <CompareRuleFields rule={rule} path={path} onChange={onChange} />}
      {rule.kind === 'tag' && (
        <>
          <SelectInput
            path={`${path}.present`}
            label={t('flowPanel.rule.tagPresent')}
            value={rule.present ? 'true' : 'false'}
            options={yesNo(t('flowPanel.rule.hasTag'), t('flowPanel.rule.lacksTag'))}
            onChange={(present) => onChange({ ...rule, present: present === 'true' }, `${path}.present`)}
          />
          <TextInput
            path={`${path}.tag`}
            label={t('flowPanel.rule.tag')}
            value={rule.tag}
            onChange={(tag) => onChange({ ...rule, tag }, `${path}.tag`)}
          />
        </>
      )}
      {rule.kind === 'business_hours' && (
        <SelectInput
          path={`${path}.open`}
          label={t('flowPanel.rule.hours')}
          hint={t('flowPanel.rule.hoursHint')}
          value={rule.open ? 'true' : 'false'}
          options={yesNo(t('flowPanel.rule.open'), t('flowPanel.rule.closed'))}
          onChange={(open) => onChange({ ...rule, open: open === 'true' }, `${path}.open`)}
        />
      )}
      <button
        type="button"
        className="button button--small button--danger-outline"
        disabled={!removable}
        onClick={onRemove}
      >
        {t('flowPanel.rule.remove', { number })}
      </button>
    </div>
  );
}
