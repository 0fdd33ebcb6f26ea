import type { TriggerMatch, TriggerNode } from '@parley/workflows/flows';
import { useTranslation } from 'react-i18next';
import { NumberInput } from '../fields/NumberInput';
import { SelectInput } from '../fields/SelectInput';
import type { FormProps } from '../form-props';
import { TriggerMatchFields } from './TriggerMatchFields';

type MatchKind = TriggerMatch['kind'];
const matchKinds: readonly MatchKind[] = [
  'new_conversation',
  'keyword',
  'regex',
  'quick_reply_payload',
  'any_message',
];

/** A match of a kind, as it starts: empty lists and pattern the admin fills in. */
function newMatch(kind: MatchKind): TriggerMatch {
  switch (kind) {
    case 'keyword':
      return { kind, keywords: [], mode: 'contains' };
    case 'regex':
      return { kind, pattern: '', caseInsensitive: true };
    case 'quick_reply_payload':
      return { kind, payloads: [] };
    default:
      return { kind };
  }
}

/** What starts the flow, and its priority among flows that match the same message. */
export function TriggerForm({ node, onChange }: FormProps<TriggerNode>) {
  const { t } = useTranslation();
  return (
    <>
      <SelectInput
        path="match.kind"
        label={t('flowPanel.trigger.kind')}
        hint={t(`flowPanel.trigger.kindHint.${node.match.kind}`)}
        value={node.match.kind}
        options={matchKinds.map((kind) => ({ value: kind, label: t(`flowPanel.trigger.kinds.${kind}`) }))}
        onChange={(kind) => onChange({ ...node, match: newMatch(kind) }, 'match.kind')}
      />
      <TriggerMatchFields match={node.match} onChange={(match, path) => onChange({ ...node, match }, path)} />
      <NumberInput
        path="priority"
        label={t('flowPanel.trigger.priority')}
        hint={t('flowPanel.trigger.priorityHint')}
        value={node.priority}
        min={0}
        max={100}
        onChange={(priority) => onChange({ ...node, priority }, 'priority')}
      />
    </>
  );
}
