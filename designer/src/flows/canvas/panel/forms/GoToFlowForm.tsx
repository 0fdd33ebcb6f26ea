import type { GoToFlowNode } from '@parley/workflows/flows';
import { useTranslation } from 'react-i18next';
import type { FormProps } from '../form-props';
import { ReferenceSelect } from './ReferenceSelect';

/** Another flow to go on in (never this one); one without a published version is marked so. */
export function GoToFlowForm({ node, context, flowId, onChange }: FormProps<GoToFlowNode>) {
  const { t } = useTranslation();
  const flows = context?.flows
    .filter((flow) => flow.id !== flowId)
    .map((flow) => ({
      id: flow.id,
      label: flow.published ? flow.name : t('flowPanel.goToFlow.unpublished', { name: flow.name }),
    }));
  return (
    <ReferenceSelect
      path="flowId"
      label={t('flowPanel.goToFlow.flow')}
      hint={t('flowPanel.goToFlow.hint')}
      value={node.flowId}
      references={flows ?? null}
      choose={t('flowPanel.goToFlow.choose')}
      onChange={(id) => onChange({ ...node, flowId: id }, 'flowId')}
    />
  );
}
