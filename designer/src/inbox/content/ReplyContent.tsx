import { useTranslation } from 'react-i18next';
import type { ViewOf } from './message-view';

/** A tap on a button or list row Parley sent: the tapped title, and how it was chosen. */
export function ReplyContent({ view }: { view: ViewOf<'reply'> }) {
  const { t } = useTranslation();
  const hint = view.source === 'list' ? t('inbox.content.choseFromList') : t('inbox.content.tappedButton');
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
