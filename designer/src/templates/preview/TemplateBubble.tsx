import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { FormattedText } from './FormattedText';
import type { BubbleButton, BubbleHeader, TemplateBubbleView } from './template-bubble';

const icon = (path: ReactNode) => (
  <svg viewBox="0 0 24 24" width="16" height="16" fill="none" stroke="currentColor" strokeWidth="2">
    {path}
  </svg>
);

/** The symbols WhatsApp puts on each kind of button. */
const buttonIcons: Record<BubbleButton['type'], ReactNode> = {
  URL: icon(
    <path
      strokeLinecap="round"
      strokeLinejoin="round"
      d="M14 4h6v6M20 4l-9 9M18 14v5a1 1 0 0 1-1 1H5a1 1 0 0 1-1-1V7a1 1 0 0 1 1-1h5"
    />,
  ),
  PHONE_NUMBER: icon(
    <path
      strokeLinejoin="round"
      d="M5 4h4l2 5-2.5 1.5a11 11 0 0 0 5 5L15 13l5 2v4a1 1 0 0 1-1 1A16 16 0 0 1 4 5a1 1 0 0 1 1-1Z"
    />,
  ),
  QUICK_REPLY: icon(
    <path strokeLinecap="round" strokeLinejoin="round" d="M9 14 4 9l5-5M4 9h10a6 6 0 0 1 0 12h-2" />,
  ),
  COPY_CODE: icon(
    <>
      <rect x="8" y="8" width="12" height="12" rx="2" />
      <path d="M16 8V5a1 1 0 0 0-1-1H5a1 1 0 0 0-1 1v10a1 1 0 0 0 1 1h3" />
    </>,
  ),
};

const mediaIcons = {
  IMAGE: icon(
    <>
      <rect x="3" y="4" width="18" height="16" rx="2" />
      <path d="m3 16 5-5 4 4 3-3 6 6" />
    </>,
  ),
  VIDEO: icon(<path strokeLinejoin="round" d="M8 5v14l11-7Z" />),
  DOCUMENT: icon(<path strokeLinejoin="round" d="M6 2h8l5 5v15H6ZM14 2v5h5" />),
};

function Header({ header }: { header: NonNullable<BubbleHeader> }) {
  const { t } = useTranslation();
  if (header.format === 'TEXT')
    return (
      <p className="template-message__header">
        <FormattedText text={header.text} />
      </p>
    );
  if (header.format === 'IMAGE' && header.url)
    return (
      <img
        className="template-message__image"
        src={header.url}
        alt={t('templates.preview.image', { filename: header.filename ?? '' })}
      />
    );
  return (
    <div className={`template-message__media template-message__media--${header.format.toLowerCase()}`}>
      <span className="template-message__media-icon" aria-hidden="true">
        {mediaIcons[header.format]}
      </span>
      <span className="template-message__media-name">
        <span className="visually-hidden">{t(`templates.form.headerFormat.${header.format}`)}: </span>
        {header.filename ?? t('templates.preview.noFile')}
      </span>
    </div>
  );
}

interface Props {
  view: TemplateBubbleView;
  /** 'phone': a bubble of its own, as on the customer's phone; 'inbox': inside a thread's bubble. */
  variant: 'phone' | 'inbox';
}

/** A template message: header text or media, body with WhatsApp formatting, footer, buttons. */
export function TemplateBubble({ view, variant }: Props) {
  const { t } = useTranslation();
  return (
    <div className={`template-message template-message--${variant}`}>
      <div className="template-message__bubble">
        {view.header && <Header header={view.header} />}
        {view.body.trim() ? (
          <p className="template-message__body">
            <FormattedText text={view.body} />
          </p>
        ) : (
          <p className="template-message__body template-message__body--empty">
            {t('templates.preview.empty')}
          </p>
        )}
        {view.footer && <p className="template-message__footer">{view.footer}</p>}
      </div>
      {view.buttons.length > 0 && (
        <ul className="template-message__buttons" aria-label={t('templates.preview.buttons')}>
          {view.buttons.map((button, i) => (
            <li
              key={i}
              className={`template-button template-button--${button.type.toLowerCase().replace('_', '-')}`}
              title={button.url ?? button.phoneNumber ?? undefined}
            >
              <span className="template-button__icon" aria-hidden="true">
                {buttonIcons[button.type]}
              </span>
              <span className="visually-hidden">{t(`templates.form.buttonType.${button.type}`)}: </span>
              {button.text}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
