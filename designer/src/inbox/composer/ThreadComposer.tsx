import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useCan } from '../../shell/use-session';
import { canReply } from './can-reply';
import { Composer, type ComposerProps } from './Composer';
import { ComposerKindSwitch, type ComposerKind } from './ComposerKindSwitch';
import { NoteComposer } from './NoteComposer';

/**
 * The bottom of a thread: a reply to the customer, or an internal note for the team. People
 * without `messages:send` read only. An account that is off or disconnected has its notice at the
 * top and takes no replies; notes are still written, as they never leave Parley.
 */
export function ThreadComposer(props: ComposerProps) {
  const { t } = useTranslation();
  const maySend = useCan('messages:send');
  if (!maySend)
    return (
      <p className="composer-read-only" data-testid="composer-read-only">
        {t('composer.readOnly')}
      </p>
    );
  return <WorkComposer key={props.conversation.id} {...props} />;
}

function WorkComposer(props: ComposerProps) {
  const replying = canReply(props.conversation, true);
  const [kind, setKind] = useState<ComposerKind>('reply');
  // Quoting a message is replying to it: the reply side shows, before its focus moves there.
  const quoted = props.replyTo?.id ?? null;
  const [seenQuote, setSeenQuote] = useState(quoted);
  if (quoted !== seenQuote) {
    setSeenQuote(quoted);
    if (quoted !== null) setKind('reply');
  }
  const active: ComposerKind = replying ? kind : 'note';
  return (
    <div className={`work-composer work-composer--${active}`} data-testid="work-composer">
      {replying && <ComposerKindSwitch value={active} onChange={setKind} />}
      {/* Both stay mounted, so switching keeps what was written in each. */}
      {replying && (
        <div className="work-composer__side" hidden={active !== 'reply'}>
          <Composer {...props} />
        </div>
      )}
      <div className="work-composer__side" hidden={active !== 'note'}>
        <NoteComposer conversation={props.conversation} />
      </div>
    </div>
  );
}
