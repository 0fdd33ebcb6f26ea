import { useTranslation } from 'react-i18next';
import type { ViewOf } from './message-view';

/** A kind of message Parley cannot show, named as the platform calls it. */
export function UnsupportedContent({ view }: { view: ViewOf<'unsupported'> }) {
  const { t } = useTranslation();
  return (
    <p className="message__text message__text--unsupported">
      {view.platformType
        ? t('inbox.content.unsupported', { platformType: view.platformType })
        : t('inbox.message.unsupported')}
    </p>
  );
}
