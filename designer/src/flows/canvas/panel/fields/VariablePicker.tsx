import type { contactFields } from '@parley/workflows/flows';
import { useContext, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { pickerEntries, placeholderText, type PickerEntry } from '../model/picker-entries';
import { PanelContext } from '../panel-context';

interface Props {
  /** The field's name, for the button's accessible name. */
  field: string;
  /** Offer the organisation's secrets too (a request's headers and body only). */
  secrets?: boolean;
  onPick: (placeholder: string) => void;
}

type ContactField = (typeof contactFields)[number];

const groups = ['variable', 'contact', 'builtIn', 'secret'] as const;

/** A small disclosure beside a text field listing the placeholders it may hold; choosing one inserts it. */
export function VariablePicker({ field, secrets = false, onPick }: Props) {
  const { t } = useTranslation();
  const panel = useContext(PanelContext);
  const ref = useRef<HTMLDetailsElement>(null);
  const entries = pickerEntries(panel.variables, secrets ? panel.secrets : null);
  const describe = (entry: PickerEntry): string => {
    if (entry.kind === 'contact')
      return t(`flowPanel.picker.contact.${entry.name.slice('contact.'.length) as ContactField}`);
    if (entry.kind === 'builtIn') return t('flowPanel.picker.lastReply');
    return t(`flowPanel.picker.kind.${entry.kind}`);
  };
  const close = () => {
    if (ref.current) ref.current.open = false;
  };
  return (
    <details
      ref={ref}
      className="flow-panel__picker"
      onKeyDown={(e) => {
        if (e.key !== 'Escape' || !ref.current?.open) return;
        e.stopPropagation();
        close();
        ref.current.querySelector('summary')?.focus();
      }}
    >
      <summary className="button button--small flow-panel__picker-toggle">
        <span aria-hidden="true">{'{{ }}'}</span>
        <span className="visually-hidden">{t('flowPanel.picker.open', { field })}</span>
      </summary>
      <div className="flow-panel__picker-menu">
        {groups.map((group) => {
          const inGroup = entries.filter((entry) => entry.kind === group);
          if (inGroup.length === 0) return null;
          return (
            <div key={group} className="flow-panel__picker-group">
              <p className="flow-panel__picker-title">{t(`flowPanel.picker.group.${group}`)}</p>
              <ul>
                {inGroup.map((entry) => (
                  <li key={entry.name}>
                    <button
                      type="button"
                      className="flow-panel__picker-entry"
                      onClick={() => {
                        close();
                        onPick(placeholderText(entry.name));
                      }}
                    >
                      <code>{placeholderText(entry.name)}</code>
                      <span className="flow-panel__picker-hint">{describe(entry)}</span>
                    </button>
                  </li>
                ))}
              </ul>
            </div>
          );
        })}
      </div>
    </details>
  );
}
