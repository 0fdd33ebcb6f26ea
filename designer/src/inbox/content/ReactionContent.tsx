import { useTranslation } from 'react-i18next';
import type { ViewOf } from './message-view';

/** A reaction to an earlier message, or its removal. */
export function ReactionContent({ view }: { view: ViewOf<'reaction'> }) {
  const { t } = useTranslation();
  return (
    <p className="reaction">
      {view.emoji && <span className="reaction__emoji">{view.emoji}</span>}
      <span className="reaction__label">
        {view.emoji ? t('inbox.content.reacted') : t('inbox.content.reactionRemoved')}
      </span>
    </p>
  );
}
