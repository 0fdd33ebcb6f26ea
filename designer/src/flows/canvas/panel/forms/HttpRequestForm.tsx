import { httpMethods, maxHttpTimeoutMs, type HttpRequestNode } from '@parley/workflows/flows';
import { useTranslation } from 'react-i18next';
import { NumberInput } from '../fields/NumberInput';
import { SelectInput } from '../fields/SelectInput';
import { TextInput } from '../fields/TextInput';
import type { FormProps } from '../form-props';
import { withOptional } from '../model/field-values';
import { HeadersEditor } from './HeadersEditor';
import { ResponseMapEditor } from './ResponseMapEditor';

/** A call to an allowed host: method, link, headers and body (secrets by name), timeout, fields kept from the answer. */
export function HttpRequestForm({ node, context, onChange }: FormProps<HttpRequestNode>) {
  const { t } = useTranslation();
  const hosts = context?.allowedHosts ?? [];
  return (
    <>
      <SelectInput
        path="method"
        label={t('flowPanel.http.method')}
        value={node.method}
        options={httpMethods.map((method) => ({ value: method, label: method }))}
        onChange={(method) => onChange({ ...node, method }, 'method')}
      />
      <TextInput
        path="url"
        label={t('flowPanel.http.url')}
        hint={
          hosts.length > 0
            ? t('flowPanel.http.hosts', { hosts: hosts.join(', ') })
            : t('flowPanel.http.noHosts')
        }
        value={node.url}
        inputMode="url"
        placeholder="https://"
        picker="variables"
        onChange={(url) => onChange({ ...node, url }, 'url')}
      />
      <HeadersEditor
        headers={node.headers}
        onChange={(headers, path) => onChange({ ...node, headers }, path)}
      />
      <TextInput
        path="body"
        label={t('flowPanel.http.body')}
        hint={t('flowPanel.http.bodyHint')}
        value={node.body ?? ''}
        multiline
        picker="secrets"
        onChange={(body) => onChange(withOptional(node, 'body', body), 'body')}
      />
      <NumberInput
        path="timeoutMs"
        label={t('flowPanel.http.timeoutMs')}
        hint={t('flowPanel.http.timeoutHint', { max: maxHttpTimeoutMs })}
        value={node.timeoutMs}
        min={100}
        max={maxHttpTimeoutMs}
        onChange={(timeoutMs) => onChange({ ...node, timeoutMs }, 'timeoutMs')}
      />
      <ResponseMapEditor
        entries={node.responseMap}
        onChange={(responseMap, path) => onChange({ ...node, responseMap }, path)}
      />
    </>
  );
}
