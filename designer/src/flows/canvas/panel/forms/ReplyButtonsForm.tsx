import type { ReplyButtonsNode } from '@parley/workflows/flows';
import { useTranslation } from 'react-i18next';
import { ItemActions } from '../fields/ItemActions';
import { ListFieldset } from '../fields/ListFieldset';
import { OptionalTimeout } from '../fields/OptionalTimeout';
import { TextInput } from '../fields/TextInput';
import type { FormProps } from '../form-props';
import { withOptional } from '../model/field-values';
import { moveItem, removeItem, replaceItem } from '../model/list-edit';
import { nextOptionId, takenPortIds } from '../model/option-ids';
import { FrameFields } from './FrameFields';
import { NoMatchFields } from './NoMatchFields';

/** A message with reply buttons: its texts, its buttons (each an output), the timeout and the re-ask. */
export function ReplyButtonsForm(props: FormProps<ReplyButtonsNode>) {
  const { t } = useTranslation();
  const { node, graph, limits, onChange } = props;
  const buttons = node.buttons;
  const setButtons = (next: ReplyButtonsNode['buttons'], path: string) =>
    onChange({ ...node, buttons: next }, path);
  const add = () => {
    const id = nextOptionId(
      'b',
      takenPortIds(
        node,
        graph,
        buttons.map((button) => button.id),
      ),
    );
    // Titled from the start, so the draft keeps the schema's shape (and saves) until renamed.
    setButtons(
      [...buttons, { id, title: t('flowCanvas.defaults.buttonTitle', { n: buttons.length + 1 }) }],
      'buttons',
    );
  };
  return (
    <>
      <FrameFields {...props} />
      <ListFieldset
        path="buttons"
        legend={t('flowPanel.buttons.legend')}
        hint={t('flowPanel.buttons.hint', { max: limits.buttons })}
      >
        <ol className="flow-panel__items">
          {buttons.map((button, i) => (
            <li key={button.id} className="flow-panel__item">
              <TextInput
                path={`buttons.${i}.title`}
                label={t('flowPanel.buttons.title', { number: i + 1 })}
                value={button.title}
                max={limits.buttonTitle}
                onChange={(title) =>
                  setButtons(replaceItem(buttons, i, { ...button, title }), `buttons.${i}.title`)
                }
              />
              <ItemActions
                index={i}
                count={buttons.length}
                name={button.title || t('flowPanel.buttons.title', { number: i + 1 })}
                removable={buttons.length > 1}
                onMove={(to) => setButtons(moveItem(buttons, i, to), 'buttons')}
                onRemove={() => setButtons(removeItem(buttons, i), 'buttons')}
              />
            </li>
          ))}
        </ol>
        <button
          type="button"
          className="button button--small"
          disabled={buttons.length >= limits.buttons}
          onClick={add}
        >
          {t('flowPanel.buttons.add')}
        </button>
      </ListFieldset>
      <OptionalTimeout
        value={node.timeoutMinutes}
        onChange={(minutes) => onChange(withOptional(node, 'timeoutMinutes', minutes), 'timeoutMinutes')}
      />
      <NoMatchFields {...props} />
    </>
  );
}
