import type { ConditionNode } from '@parley/workflows/flows';
import { useTranslation } from 'react-i18next';
import { ListFieldset } from '../fields/ListFieldset';
import type { FormProps } from '../form-props';
import { moveItem, removeItem, replaceItem } from '../model/list-edit';
import { nextOptionId, takenPortIds } from '../model/option-ids';
import { schemaCounts } from '../model/panel-limits';
import { BranchEditor } from './BranchEditor';
import { newRule } from './new-rule';

type Branches = ConditionNode['branches'];

/** Branches tried in order, each an output with its rules; `else` when none holds. */
export function ConditionForm({ node, graph, limits, onChange }: FormProps<ConditionNode>) {
  const { t } = useTranslation();
  const branches = node.branches;
  const setBranches = (next: Branches, path: string) => onChange({ ...node, branches: next }, path);
  const add = () => {
    const id = nextOptionId(
      'c',
      takenPortIds(
        node,
        graph,
        branches.map((branch) => branch.id),
      ),
    );
    setBranches([...branches, { id, match: 'all', rules: [newRule('compare')] }], 'branches');
  };
  return (
    <ListFieldset
      path="branches"
      legend={t('flowPanel.condition.branches')}
      hint={t('flowPanel.condition.branchesHint')}
    >
      <ol className="flow-panel__items">
        {branches.map((branch, i) => (
          <li key={branch.id} className="flow-panel__item flow-panel__item--block">
            <BranchEditor
              branch={branch}
              index={i}
              count={branches.length}
              limits={limits}
              onChange={(next, path) => setBranches(replaceItem(branches, i, next), path)}
              onMove={(to) => setBranches(moveItem(branches, i, to), 'branches')}
              onRemove={() => setBranches(removeItem(branches, i), 'branches')}
            />
          </li>
        ))}
      </ol>
      <button
        type="button"
        className="button button--small"
        disabled={branches.length >= schemaCounts.branches}
        onClick={add}
      >
        {t('flowPanel.condition.addBranch')}
      </button>
    </ListFieldset>
  );
}
