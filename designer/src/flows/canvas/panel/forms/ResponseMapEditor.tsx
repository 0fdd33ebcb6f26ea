import type { HttpRequestNode } from '@parley/workflows/flows';
import { useTranslation } from 'react-i18next';
import { ItemActions } from '../fields/ItemActions';
import { ListFieldset } from '../fields/ListFieldset';
import { TextInput } from '../fields/TextInput';
import { removeItem, replaceItem, moveItem } from '../model/list-edit';
import { schemaCounts } from '../model/panel-limits';

type Entries = HttpRequestNode['responseMap'];

interface Props {
  entries: Entries;
  onChange: (entries: Entries, path: string) => void;
}

/** Fields of a successful answer's JSON (dotted paths) kept in variables. */
export function ResponseMapEditor({ entries, onChange }: Props) {
  const { t } = useTranslation();
  return (
    <ListFieldset
      path="responseMap"
      legend={t('flowPanel.http.responseMap')}
      hint={t('flowPanel.http.responseMapHint')}
    >
      <ol className="flow-panel__items">
        {entries.map((entry, i) => (
          <li key={i} className="flow-panel__item">
            <TextInput
              path={`responseMap.${i}.path`}
              label={t('flowPanel.http.responsePath', { number: i + 1 })}
              value={entry.path}
              placeholder="order.status"
              onChange={(path) =>
                onChange(replaceItem(entries, i, { ...entry, path }), `responseMap.${i}.path`)
              }
            />
            <TextInput
              path={`responseMap.${i}.variable`}
              label={t('flowPanel.http.responseVariable', { number: i + 1 })}
              hint={t('flowPanel.variableNameHint')}
              value={entry.variable}
              onChange={(variable) =>
                onChange(replaceItem(entries, i, { ...entry, variable }), `responseMap.${i}.variable`)
              }
            />
            <ItemActions
              index={i}
              count={entries.length}
              name={entry.path || t('flowPanel.http.responsePath', { number: i + 1 })}
              removable
              onMove={(to) => onChange(moveItem(entries, i, to), 'responseMap')}
              onRemove={() => onChange(removeItem(entries, i), 'responseMap')}
            />
          </li>
        ))}
      </ol>
      <button
        type="button"
        className="button button--small"
        disabled={entries.length >= schemaCounts.responseMap}
        onClick={() => onChange([...entries, { path: '', variable: '' }], 'responseMap')}
      >
        {t('flowPanel.http.addResponse')}
      </button>
    </ListFieldset>
  );
}
