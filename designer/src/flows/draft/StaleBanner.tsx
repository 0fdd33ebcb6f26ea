import { useMutation, useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorText } from '../../errors/describe-error';
import { FormAlert } from '../../forms/FormAlert';
import { flowQuery } from '../flows.api';
import { DraftCompare } from './DraftCompare';
import type { DraftFields } from './draft-text';

interface Props {
  flowId: string;
  currentRevision: number;
  mine: DraftFields;
  onReload: () => Promise<void>;
  onOverwrite: (currentRevision: number) => void;
}

/**
 * Someone saved this flow since the admin's draft was read: nothing more is saved until the admin
 * reloads the newer revision (dropping their changes) or, having compared, saves theirs over it.
 */
export function StaleBanner({ flowId, currentRevision, mine, onReload, onOverwrite }: Props) {
  const { t } = useTranslation();
  const [comparing, setComparing] = useState(false);
  const reload = useMutation({ mutationFn: onReload });
  const theirs = useQuery({ ...flowQuery(flowId), staleTime: 0, enabled: comparing });
  // The cached flow is this editor's own, older copy until a compare fetched theirs: the 409's revision is the one.
  const revision = comparing && theirs.data ? theirs.data.draft.revision : currentRevision;

  return (
    <div className="alert alert--warning flow-stale" role="alert" data-testid="flow-stale">
      <p className="notice__title">{t('flowDraft.stale.title', { revision })}</p>
      <p>{t('flowDraft.stale.body')}</p>
      <div className="toolbar">
        <button
          type="button"
          className="button"
          disabled={reload.isPending}
          onClick={() => reload.mutate()}
          data-testid="flow-stale-reload"
        >
          {t('flowDraft.stale.reload')}
        </button>
        <button
          type="button"
          className="button"
          aria-expanded={comparing}
          onClick={() => setComparing(!comparing)}
          data-testid="flow-stale-compare"
        >
          {comparing ? t('flowDraft.stale.hideCompare') : t('flowDraft.stale.compare')}
        </button>
      </div>
      <FormAlert error={reload.error} />
      {comparing && theirs.isPending && <p className="muted">{t('common.loading')}</p>}
      {comparing && theirs.isError && <p className="inline-error">{errorText(theirs.error, t)}</p>}
      {comparing && theirs.data && (
        <>
          <DraftCompare mine={mine} theirs={theirs.data} />
          <button
            type="button"
            className="button button--danger-outline"
            onClick={() => onOverwrite(theirs.data.draft.revision)}
            data-testid="flow-stale-overwrite"
          >
            {t('flowDraft.stale.overwrite', { revision: theirs.data.draft.revision })}
          </button>
        </>
      )}
    </div>
  );
}
