import type { AssignNode } from '@parley/workflows/flows';
import { useTranslation } from 'react-i18next';
import { SelectInput } from '../fields/SelectInput';
import type { FormProps } from '../form-props';
import { ReferenceSelect } from './ReferenceSelect';

const asReference = ({ id, name }: { id: string; name: string }) => ({ id, label: name });

/** Hands the conversation to a team's queue or to one agent. */
export function AssignForm({ node, context, onChange }: FormProps<AssignNode>) {
  const { t } = useTranslation();
  const { target } = node;
  return (
    <>
      <SelectInput
        path="target.kind"
        label={t('flowPanel.assign.kind')}
        value={target.kind}
        options={[
          { value: 'team', label: t('flowPanel.assign.team') },
          { value: 'agent', label: t('flowPanel.assign.agent') },
        ]}
        onChange={(kind) =>
          onChange(
            { ...node, target: kind === 'team' ? { kind, teamId: '' } : { kind, userId: '' } },
            'target.kind',
          )
        }
      />
      {target.kind === 'team' ? (
        <ReferenceSelect
          path="target.teamId"
          label={t('flowPanel.assign.teamLabel')}
          value={target.teamId}
          references={context ? context.teams.map(asReference) : null}
          choose={t('flowPanel.assign.chooseTeam')}
          onChange={(teamId) => onChange({ ...node, target: { kind: 'team', teamId } }, 'target.teamId')}
        />
      ) : (
        <ReferenceSelect
          path="target.userId"
          label={t('flowPanel.assign.agentLabel')}
          value={target.userId}
          references={context ? context.agents.map(asReference) : null}
          choose={t('flowPanel.assign.chooseAgent')}
          onChange={(userId) => onChange({ ...node, target: { kind: 'agent', userId } }, 'target.userId')}
        />
      )}
    </>
  );
}
