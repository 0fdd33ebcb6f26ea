import { useParams } from '@tanstack/react-router';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import type { Notice } from './work-notices';

interface Props {
  notices: Notice[];
  onOpen: (notice: Notice) => void;
  onDismiss: (id: string) => void;
}

/**
 * New assignments and missed first responses on the page, newest first, until dismissed or their
 * conversation is opened. A polite live region, so each is read out as it appears.
 */
export function WorkNotices({ notices, onOpen, onDismiss }: Props) {
  const { t } = useTranslation();
  const openId = useParams({ strict: false }).conversationId ?? null;
  useEffect(() => {
    if (openId === null) return;
    for (const notice of notices) if (notice.conversationId === openId) onDismiss(notice.id);
  }, [openId, notices, onDismiss]);

  return (
    <div className="work-notices">
      <ul
        className="work-notices__list"
        aria-label={t('inboxWork.notifications.recent')}
        aria-live="polite"
        aria-relevant="additions"
      >
        {notices.map((notice) => (
          <li key={notice.id} className={`work-notice work-notice--${notice.kind}`} data-testid="work-notice">
            <p className="work-notice__title">{notice.title}</p>
            <p className="work-notice__body">{notice.body}</p>
            <div className="work-notice__actions">
              <button
                type="button"
                className="button button--small button--primary"
                onClick={() => onOpen(notice)}
              >
                {notice.conversationId
                  ? t('inboxWork.notifications.openConversation')
                  : t('inboxWork.notifications.open')}
              </button>
              <button type="button" className="button button--small" onClick={() => onDismiss(notice.id)}>
                {t('inboxWork.notifications.dismiss')}
              </button>
            </div>
          </li>
        ))}
      </ul>
    </div>
  );
}
