import { useI18n } from '../../i18n/i18n-context';
import type { ViewOf } from './message-view';

/** A tap on a button or list row Parley sent: the tapped title, and how it was chosen. */
export function ReplyContent({ view }: { view: ViewOf<'reply'> }) {
  const { t } = useI18n();
  const hint = view.source === 'list' ? t.content.choseFromList : t.content.tappedButton;
  return (
    <>
      <p className="message__text reply__title">{view.title}</p>
      {view.description && <p className="reply__description">{view.description}</p>}
      <p className="content-hint reply__hint">
        <span aria-hidden="true">{view.source === 'list' ? '☰ ' : '↩ '}</span>
        {hint}
      </p>
    </>
  );
}
