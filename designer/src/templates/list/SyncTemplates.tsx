import { useTranslation } from 'react-i18next';
import { FormAlert } from '../../forms/FormAlert';
import { useSyncTemplates } from '../use-template-mutations';

/** "Sync now": imports and refreshes the account's templates; says how many, or what failed. */
export function SyncTemplates({ accountId }: { accountId: string }) {
  const { t } = useTranslation();
  const sync = useSyncTemplates();
  const result = sync.data;
  return (
    <div className="template-sync">
      <button
        type="button"
        className="button"
        disabled={sync.isPending}
        onClick={() => sync.mutate(accountId)}
      >
        {sync.isPending ? t('templates.sync.syncing') : t('templates.sync.button')}
      </button>
      <div role="status" className="form-status">
        {result && (
          <p className="alert alert--success">
            {t('templates.sync.done', { imported: result.imported, updated: result.updated })}
          </p>
        )}
        {result && result.failed.length > 0 && (
          <ul className="alert alert--warning template-sync__failures">
            {result.failed.map((failure) => (
              <li key={failure.wabaId}>
                {t('templates.sync.failed', { wabaId: failure.wabaId, error: failure.error })}
              </li>
            ))}
          </ul>
        )}
      </div>
      <FormAlert error={sync.error} />
    </div>
  );
}
