import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { errorText } from '../../errors/describe-error';
import { Dialog } from '../../ui/Dialog';
import { StatePanel } from '../../ui/StatePanel';
import { graphText } from '../draft/draft-text';
import { flowVersionQuery } from '../flow-versions.api';

/** A published version's graph as JSON, read-only. */
export function VersionJsonDialog({
  flowId,
  version,
  onClose,
}: {
  flowId: string;
  version: number;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const query = useQuery(flowVersionQuery(flowId, version));
  return (
    <Dialog title={t('flowVersions.json.title', { version })} onClose={onClose} size="wide">
      {query.isPending && <StatePanel tone="loading" title={t('common.loading')} />}
      {query.isError && (
        <StatePanel
          tone="error"
          title={t('flowVersions.json.loadFailed')}
          body={errorText(query.error, t)}
          onRetry={() => void query.refetch()}
        />
      )}
      {query.data && (
        <pre
          className="flow-json__read-only"
          tabIndex={0}
          aria-label={t('flowVersions.json.label', { version })}
          data-testid="flow-version-json"
        >
          {graphText(query.data.graph)}
        </pre>
      )}
    </Dialog>
  );
}
