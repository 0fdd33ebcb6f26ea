import type { ConditionNode } from '@parley/workflows/flows';
import { useTranslation } from 'react-i18next';
import { ItemActions } from '../fields/ItemActions';
import { ListFieldset } from '../fields/ListFieldset';
import { SelectInput } from '../fields/SelectInput';
import { TextInput } from '../fields/TextInput';
import { withOptional } from '../model/field-values';
import { removeItem, replaceItem } from '../model/list-edit';
import { schemaCounts, type PanelLimits } from '../model/panel-limits';
import { newRule } from './new-rule';
import { RuleEditor } from './RuleEditor';

type Branch = ConditionNode['branches'][number];

interface Props {
  branch: Branch;
  index: number;
  count: number;
  limits: PanelLimits;
  onChange: (branch: Branch, path: string) => void;
  onMove: (to: number) => void;
  onRemove: () => void;
}

/** One branch: its name, whether all or any of its rules must hold, and the rules. */
export function BranchEditor({ branch, index, count, limits, onChange, onMove, onRemove }: Props) {
  const { t } = useTranslation();
  const at = `branches.${index}`;
  const name = branch.label ?? t('flowPanel.condition.branch', { number: index + 1 });
  const rules = branch.rules;
  return (
    <div className="flow-panel__branch">
      <p className="flow-panel__item-title">{t('flowPanel.condition.branch', { number: index + 1 })}</p>
      <TextInput
        path={`${at}.label`}
        label={t('flowPanel.condition.label')}
        hint={t('flowPanel.condition.labelHint')}
        value={branch.label ?? ''}
        max={limits.branchLabel}
        onChange={(label) => onChange(withOptional(branch, 'label', label), `${at}.label`)}
      />
      <SelectInput
        path={`${at}.match`}
        label={t('flowPanel.condition.match')}
        value={branch.match}
        options={[
          { value: 'all', label: t('flowPanel.condition.matchAll') },
          { value: 'any', label: t('flowPanel.condition.matchAny') },
        ]}
        onChange={(match) => onChange({ ...branch, match }, `${at}.match`)}
      />
      <ListFieldset path={`${at}.rules`} legend={t('flowPanel.condition.rules')}>
        {rules.map((rule, j) => (
          <RuleEditor
            key={j}
            rule={rule}
            path={`${at}.rules.${j}`}
            number={j + 1}
            removable={rules.length > 1}
            onChange={(next, path) => onChange({ ...branch, rules: replaceItem(rules, j, next) }, path)}
            onRemove={() => onChange({ ...branch, rules: removeItem(rules, j) }, `${at}.rules`)}
          />
        ))}
        <button
          type="button"
          className="button button--small"
          disabled={rules.length >= schemaCounts.rules}
          onClick={() => onChange({ ...branch, rules: [...rules, newRule('compare')] }, `${at}.rules`)}
        >
          {t('flowPanel.condition.addRule')}
        </button>
      </ListFieldset>
      <ItemActions
        index={index}
        count={count}
        name={name}
        removable={count > 1}
        onMove={onMove}
        onRemove={onRemove}
      />
    </div>
  );
}
