import type { FlowSettingsResponse } from '@parley/contracts';
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../i18n/format';
import { useLocale } from '../i18n/use-locale';
import { DeleteButton } from '../ui/DeleteButton';
import type { Feedback } from '../ui/use-feedback';
import { deleteFlowSecret } from './flow-settings.api';
import { flowSettingsChanged } from './flow-settings.cache';

interface Props {
  secrets: FlowSettingsResponse['secrets'];
  onReplace: (name: string) => void;
  feedback: Feedback;
}

/** The secrets by name and when each was last set; their values never leave the server. */
export function SecretsTable({ secrets, onReplace, feedback }: Props) {
  const { t } = useTranslation();
  const { locale } = useLocale();
  const queryClient = useQueryClient();
  if (secrets.length === 0) return <p className="muted">{t('flowSettings.secrets.none')}</p>;
  return (
    <div className="table-wrap">
      <table className="table" aria-labelledby="flow-secrets-heading">
        <thead>
          <tr>
            <th scope="col">{t('flowSettings.secrets.column.name')}</th>
            <th scope="col">{t('flowSettings.secrets.column.updated')}</th>
            <th scope="col">{t('flowSettings.secrets.column.actions')}</th>
          </tr>
        </thead>
        <tbody>
          {[...secrets]
            .sort((a, b) => a.name.localeCompare(b.name))
            .map((secret) => (
              <tr key={secret.name} data-testid="flow-secret-row">
                <th scope="row">
                  <code>{secret.name}</code>
                </th>
                <td>{formatDateTime(secret.updatedAt, locale)}</td>
                <td>
                  <span className="table__actions">
                    <button
                      type="button"
                      className="button button--small"
                      onClick={() => onReplace(secret.name)}
                    >
                      {t('flowSettings.secrets.replace')}
                      <span className="visually-hidden"> {secret.name}</span>
                    </button>
                    <DeleteButton
                      name={secret.name}
                      label={t('flowSettings.secrets.delete.button')}
                      title={t('flowSettings.secrets.delete.title', { name: secret.name })}
                      confirmLabel={t('flowSettings.secrets.delete.confirm')}
                      done={t('flowSettings.secrets.delete.done', { name: secret.name })}
                      remove={() => deleteFlowSecret(secret.name)}
                      onDeleted={() => void flowSettingsChanged(queryClient)}
                      feedback={feedback}
                      testId="flow-secret-delete"
                    >
                      <p>{t('flowSettings.secrets.delete.body', { name: secret.name })}</p>
                    </DeleteButton>
                  </span>
                </td>
              </tr>
            ))}
        </tbody>
      </table>
    </div>
  );
}
