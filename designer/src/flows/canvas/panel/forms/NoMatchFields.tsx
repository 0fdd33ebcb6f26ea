import type { ListNode, ReplyButtonsNode } from '@parley/workflows/flows';
import { useTranslation } from 'react-i18next';
import { NumberInput } from '../fields/NumberInput';
import { TextInput } from '../fields/TextInput';
import type { FormProps } from '../form-props';

/** What a reply matching no option does: the message asking again, and how many times. */
export function NoMatchFields<N extends ReplyButtonsNode | ListNode>({
  node,
  limits,
  onChange,
}: FormProps<N>) {
  const { t } = useTranslation();
  return (
    <div className="flow-panel__group">
      <TextInput
        path="noMatch.reaskText"
        label={t('flowPanel.noMatch.reaskText')}
        hint={t('flowPanel.noMatch.reaskHint')}
        value={node.noMatch.reaskText}
        max={limits.text}
        multiline
        picker="variables"
        onChange={(reaskText) =>
          onChange({ ...node, noMatch: { ...node.noMatch, reaskText } }, 'noMatch.reaskText')
        }
      />
      <NumberInput
        path="noMatch.maxReasks"
        label={t('flowPanel.noMatch.maxReasks')}
        hint={t('flowPanel.noMatch.maxReasksHint')}
        value={node.noMatch.maxReasks}
        min={0}
        max={5}
        onChange={(maxReasks) =>
          onChange({ ...node, noMatch: { ...node.noMatch, maxReasks } }, 'noMatch.maxReasks')
        }
      />
    </div>
  );
}
