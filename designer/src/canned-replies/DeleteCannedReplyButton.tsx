import type { CannedReply } from '@parley/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ConfirmDialog } from '../ui/ConfirmDialog';
import type { Feedback } from '../ui/use-feedback';
import { deleteCannedReply } from './canned-replies.api';
import { cannedReplyDeleted } from './canned-replies.cache';

/** Deletes a canned reply after asking; the outcome is announced above the list. */
export function DeleteCannedReplyButton({ reply, feedback }: { reply: CannedReply; feedback: Feedback }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [confirming, setConfirming] = useState(false);
  const remove = useMutation({ mutationFn: () => deleteCannedReply(reply.id) });
  const close = () => {
    setConfirming(false);
    remove.reset();
  };
  return (
    <>
      <button
        type="button"
        className="button button--small button--danger-outline"
        onClick={() => setConfirming(true)}
        data-testid="canned-reply-delete"
      >
        {t('settingsWork.cannedReplies.delete.button')}
        <span className="visually-hidden"> {reply.title}</span>
      </button>
      {confirming && (
        <ConfirmDialog
          title={t('settingsWork.cannedReplies.delete.title', { title: reply.title })}
          confirmLabel={t('settingsWork.cannedReplies.delete.confirm')}
          pending={remove.isPending}
          error={remove.error}
          onConfirm={() =>
            remove.mutate(undefined, {
              onSuccess: () => {
                setConfirming(false);
                feedback.announce(t('settingsWork.cannedReplies.delete.done', { title: reply.title }));
                void cannedReplyDeleted(queryClient, reply.id);
              },
            })
          }
          onClose={close}
        >
          <p>{t('settingsWork.cannedReplies.delete.body')}</p>
        </ConfirmDialog>
      )}
    </>
  );
}
