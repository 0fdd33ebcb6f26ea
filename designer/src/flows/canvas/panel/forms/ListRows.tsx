import type { ListNode } from '@parley/workflows/flows';
import { useTranslation } from 'react-i18next';
import { ItemActions } from '../fields/ItemActions';
import { ListFieldset } from '../fields/ListFieldset';
import { TextInput } from '../fields/TextInput';
import type { FormProps } from '../form-props';
import { withOptional } from '../model/field-values';
import { moveItem, removeItem, replaceItem } from '../model/list-edit';
import { nextOptionId, takenPortIds } from '../model/option-ids';

/** A list's rows, each an output: title and optional description; added, removed and reordered. */
export function ListRows({ node, graph, limits, onChange }: FormProps<ListNode>) {
  const { t } = useTranslation();
  const rows = node.rows;
  const setRows = (next: ListNode['rows'], path: string) => onChange({ ...node, rows: next }, path);
  const add = () => {
    const id = nextOptionId(
      'r',
      takenPortIds(
        node,
        graph,
        rows.map((row) => row.id),
      ),
    );
    // Titled from the start, so the draft keeps the schema's shape (and saves) until renamed.
    setRows([...rows, { id, title: t('flowCanvas.defaults.rowTitle', { n: rows.length + 1 }) }], 'rows');
  };
  return (
    <ListFieldset
      path="rows"
      legend={t('flowPanel.rows.legend')}
      hint={t('flowPanel.rows.hint', { max: limits.rows })}
    >
      <ol className="flow-panel__items">
        {rows.map((row, i) => {
          const name = row.title || t('flowPanel.rows.title', { number: i + 1 });
          return (
            <li key={row.id} className="flow-panel__item">
              <TextInput
                path={`rows.${i}.title`}
                label={t('flowPanel.rows.title', { number: i + 1 })}
                value={row.title}
                max={limits.rowTitle}
                onChange={(title) => setRows(replaceItem(rows, i, { ...row, title }), `rows.${i}.title`)}
              />
              <TextInput
                path={`rows.${i}.description`}
                label={t('flowPanel.rows.description', { number: i + 1 })}
                hint={t('flowPanel.optional')}
                value={row.description ?? ''}
                max={limits.rowDescription}
                onChange={(description) =>
                  setRows(
                    replaceItem(rows, i, withOptional(row, 'description', description)),
                    `rows.${i}.description`,
                  )
                }
              />
              <ItemActions
                index={i}
                count={rows.length}
                name={name}
                removable={rows.length > 1}
                onMove={(to) => setRows(moveItem(rows, i, to), 'rows')}
                onRemove={() => setRows(removeItem(rows, i), 'rows')}
              />
            </li>
          );
        })}
      </ol>
      <button
        type="button"
        className="button button--small"
        disabled={rows.length >= limits.rows}
        onClick={add}
      >
        {t('flowPanel.rows.add')}
      </button>
    </ListFieldset>
  );
}
