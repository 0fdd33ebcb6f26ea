import type { CannedReply } from '@parley/contracts';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorText } from '../errors/describe-error';
import { useCan } from '../shell/use-session';
import '../styles/settings-work.css';
import { FeedbackRegions } from '../ui/FeedbackRegions';
import { Page } from '../ui/Page';
import { StatePanel } from '../ui/StatePanel';
import { useFeedback } from '../ui/use-feedback';
import { cannedRepliesQuery } from './canned-replies.api';
import { CannedRepliesTable } from './CannedRepliesTable';
import { CannedReplyDialog } from './CannedReplyDialog';

/**
 * Settings → Canned replies (in its own chunk): everyone with the inbox reads them; people who
 * manage templates create, edit and delete them.
 */
export function CannedRepliesPage() {
  const { t } = useTranslation();
  const canManage = useCan('templates:manage');
  const replies = useQuery(cannedRepliesQuery);
  const feedback = useFeedback();
  const [editing, setEditing] = useState<CannedReply | 'new' | null>(null);

  let content;
  if (replies.isPending) content = <StatePanel tone="loading" title={t('common.loading')} />;
  else if (replies.isError)
    content = (
      <StatePanel
        tone="error"
        title={t('settingsWork.cannedReplies.loadFailed')}
        body={errorText(replies.error, t)}
        onRetry={() => void replies.refetch()}
      />
    );
  else
    content = (
      <>
        <FeedbackRegions feedback={feedback} />
        {replies.data.length === 0 ? (
          <p className="muted" data-testid="canned-replies-empty">
            {canManage ? t('settingsWork.cannedReplies.emptyManage') : t('settingsWork.cannedReplies.empty')}
          </p>
        ) : (
          <>
            <p className="muted">{t('settingsWork.cannedReplies.count', { count: replies.data.length })}</p>
            <CannedRepliesTable
              replies={replies.data}
              canManage={canManage}
              onEdit={setEditing}
              feedback={feedback}
            />
          </>
        )}
      </>
    );

  return (
    <Page
      title={t('settingsWork.cannedReplies.title')}
      intro={
        <>
          <p>{t('settingsWork.cannedReplies.intro')}</p>
          {!canManage && (
            <p className="notice notice--info" data-testid="canned-replies-read-only">
              {t('settingsWork.cannedReplies.readOnly')}
            </p>
          )}
        </>
      }
      actions={
        canManage && (
          <button
            type="button"
            className="button button--primary"
            disabled={!replies.data}
            onClick={() => setEditing('new')}
            data-testid="canned-replies-new"
          >
            {t('settingsWork.cannedReplies.new')}
          </button>
        )
      }
    >
      {content}
      {canManage && editing && (
        <CannedReplyDialog
          reply={editing === 'new' ? null : editing}
          onClose={() => setEditing(null)}
          onSaved={(reply) => {
            setEditing(null);
            feedback.announce(t('settingsWork.cannedReplies.saved', { title: reply.title }));
          }}
        />
      )}
    </Page>
  );
}
