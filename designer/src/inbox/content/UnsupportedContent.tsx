import { useI18n } from '../../i18n/i18n-context';
import type { ViewOf } from './message-view';

/** A kind of message Parley cannot show, named as the platform calls it. */
export function UnsupportedContent({ view }: { view: ViewOf<'unsupported'> }) {
  const { t } = useI18n();
  return (
    <p className="message__text message__text--unsupported">
      {view.platformType ? t.content.unsupported(view.platformType) : t.message.unsupported}
    </p>
  );
}
