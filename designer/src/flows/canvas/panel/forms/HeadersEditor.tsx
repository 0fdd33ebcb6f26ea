import type { HttpRequestNode } from '@parley/workflows/flows';
import { useTranslation } from 'react-i18next';
import { ItemActions } from '../fields/ItemActions';
import { ListFieldset } from '../fields/ListFieldset';
import { TextInput } from '../fields/TextInput';
import { moveItem, removeItem, replaceItem } from '../model/list-edit';
import { schemaCounts } from '../model/panel-limits';

type Headers = HttpRequestNode['headers'];

interface Props {
  headers: Headers;
  onChange: (headers: Headers, path: string) => void;
}

/** A request's headers: names and values, a value may name a secret (`{{secret.NAME}}`). */
export function HeadersEditor({ headers, onChange }: Props) {
  const { t } = useTranslation();
  return (
    <ListFieldset path="headers" legend={t('flowPanel.http.headers')} hint={t('flowPanel.http.headersHint')}>
      <ol className="flow-panel__items">
        {headers.map((header, i) => (
          <li key={i} className="flow-panel__item">
            <TextInput
              path={`headers.${i}.name`}
              label={t('flowPanel.http.headerName', { number: i + 1 })}
              value={header.name}
              onChange={(name) => onChange(replaceItem(headers, i, { ...header, name }), `headers.${i}.name`)}
            />
            <TextInput
              path={`headers.${i}.value`}
              label={t('flowPanel.http.headerValue', { number: i + 1 })}
              value={header.value}
              picker="secrets"
              onChange={(value) =>
                onChange(replaceItem(headers, i, { ...header, value }), `headers.${i}.value`)
              }
            />
            <ItemActions
              index={i}
              count={headers.length}
              name={header.name || t('flowPanel.http.headerName', { number: i + 1 })}
              removable
              onMove={(to) => onChange(moveItem(headers, i, to), 'headers')}
              onRemove={() => onChange(removeItem(headers, i), 'headers')}
            />
          </li>
        ))}
      </ol>
      <button
        type="button"
        className="button button--small"
        disabled={headers.length >= schemaCounts.headers}
        onClick={() => onChange([...headers, { name: '', value: '' }], 'headers')}
      >
        {t('flowPanel.http.addHeader')}
      </button>
    </ListFieldset>
  );
}
