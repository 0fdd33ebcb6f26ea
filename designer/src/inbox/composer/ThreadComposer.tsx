import { useTranslation } from 'react-i18next';
import { useCan } from '../../shell/use-session';
import { canReply } from './can-reply';
import { Composer, type ComposerProps } from './Composer';

/**
 * The bottom of a thread. An account that is off or disconnected has its notice at the top and
 * nothing here; people without `messages:send` read only.
 */
export function ThreadComposer(props: ComposerProps) {
  const { t } = useTranslation();
  const maySend = useCan('messages:send');
  const { channelAccount } = props.conversation;
  if (!channelAccount.enabled || !channelAccount.connected) return null;
  if (!canReply(props.conversation, maySend))
    return (
      <p className="composer-read-only" data-testid="composer-read-only">
        {t('composer.readOnly')}
      </p>
    );
  return <Composer key={props.conversation.id} {...props} />;
}
