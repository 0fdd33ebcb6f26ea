import { formatCoordinates } from '../../i18n/format';
import { useTranslation } from 'react-i18next';
import { useLocale } from '../../i18n/use-locale';
import { osmUrl } from './content-format';
import type { ViewOf } from './message-view';

/** A shared place: its name and address (or coordinates), with a link to the map. */
export function LocationContent({ view }: { view: ViewOf<'location'> }) {
  const { t } = useTranslation();
  const { locale } = useLocale();
  const { name, address, latitude, longitude } = view;
  return (
    <div className="location">
      <span className="location__pin" aria-hidden="true">
        <svg viewBox="0 0 24 24" width="20" height="20">
          <path
            fill="currentColor"
            d="M12 2a7 7 0 0 0-7 7c0 5.2 7 13 7 13s7-7.8 7-13a7 7 0 0 0-7-7Zm0 9.5a2.5 2.5 0 1 1 0-5 2.5 2.5 0 0 1 0 5Z"
          />
        </svg>
      </span>
      <div className="location__text">
        <p className="location__name">{name ?? address ?? t('inbox.content.kind.location')}</p>
        {name && address && <p className="location__address">{address}</p>}
        {!name && !address && (
          <p className="location__address">{formatCoordinates(latitude, longitude, locale)}</p>
        )}
        <a
          className="location__map"
          href={osmUrl(latitude, longitude)}
          target="_blank"
          rel="noopener noreferrer"
        >
          {t('inbox.content.openMap')}
          <span className="visually-hidden"> {t('inbox.content.opensInNewTab')}</span>
        </a>
      </div>
    </div>
  );
}
