import { useTranslation } from 'react-i18next';

interface Props {
  url: string;
  /** The caption, else the kind ("Photo", "Sticker"). */
  alt: string;
  sticker: boolean;
}

/** A photo or sticker shown inline at a fixed height (so the thread does not jump as it loads). */
export function ImageMedia({ url, alt, sticker }: Props) {
  const { t } = useTranslation();
  return (
    <a
      className={`media-image${sticker ? ' media-image--sticker' : ''}`}
      href={url}
      target="_blank"
      rel="noopener"
    >
      <img src={url} alt={alt} loading="lazy" decoding="async" />
      <span className="visually-hidden">{t('inbox.content.opensFullSize')}</span>
    </a>
  );
}
