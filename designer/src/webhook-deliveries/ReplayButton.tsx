import type { DeadLetterDetail } from '@parley/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { FormAlert } from '../forms/FormAlert';
import { deadLetterListsKey, deadLetterQuery, replayDeadLetter } from './dead-letters.api';

/** Replays a delivery through today's parser: how many events it stored, or why it is still unreadable. */
export function ReplayButton({ deadLetter }: { deadLetter: DeadLetterDetail }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const replay = useMutation({
    mutationFn: () => replayDeadLetter(deadLetter.id),
    onSettled: async () => {
      await queryClient.invalidateQueries({ queryKey: deadLetterQuery(deadLetter.id).queryKey });
      await queryClient.invalidateQueries({ queryKey: deadLetterListsKey });
    },
  });
  const unreadable = replay.error?.code === 'STILL_UNREADABLE' ? replay.error : null;
  return (
    <div className="replay">
      <button
        type="button"
        className="button button--primary"
        disabled={replay.isPending}
        onClick={() => replay.mutate()}
      >
        {replay.isPending ? t('deliveries.detail.replaying') : t('deliveries.detail.replay')}
      </button>
      <div role="status" className="form-status">
        {replay.data && (
          <p className="alert alert--success">
            {replay.data.eventsStored > 0
              ? t('deliveries.detail.stored', { count: replay.data.eventsStored })
              : t('deliveries.detail.storedNone')}
          </p>
        )}
        {unreadable && (
          <p className="alert alert--warning">
            {t('deliveries.detail.stillUnreadable', { reason: unreadable.message })}
          </p>
        )}
      </div>
      <FormAlert error={unreadable ? null : replay.error} />
    </div>
  );
}
