import type { CannedReply } from '@parley/contracts';
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { DeleteButton } from '../ui/DeleteButton';
import type { Feedback } from '../ui/use-feedback';
import { deleteCannedReply } from './canned-replies.api';
import { cannedReplyDeleted } from './canned-replies.cache';

/** Deletes a canned reply after asking; the outcome is announced above the list. */
export function DeleteCannedReplyButton({ reply, feedback }: { reply: CannedReply; feedback: Feedback }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  return (
    <DeleteButton
      name={reply.title}
      label={t('settingsWork.cannedReplies.delete.button')}
      title={t('settingsWork.cannedReplies.delete.title', { title: reply.title })}
      confirmLabel={t('settingsWork.cannedReplies.delete.confirm')}
      done={t('settingsWork.cannedReplies.delete.done', { title: reply.title })}
      remove={() => deleteCannedReply(reply.id)}
      onDeleted={() => void cannedReplyDeleted(queryClient, reply.id)}
      feedback={feedback}
      testId="canned-reply-delete"
    >
      <p>{t('settingsWork.cannedReplies.delete.body')}</p>
    </DeleteButton>
  );
}
