import { useI18n } from '../../i18n/i18n-context';
import type { ViewOf } from './message-view';

/** A reaction to an earlier message, or its removal. */
export function ReactionContent({ view }: { view: ViewOf<'reaction'> }) {
  const { t } = useI18n();
  return (
    <p className="reaction">
      {view.emoji && <span className="reaction__emoji">{view.emoji}</span>}
      <span className="reaction__label">{view.emoji ? t.content.reacted : t.content.reactionRemoved}</span>
    </p>
  );
}
