import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

interface Props {
  title: string;
  body?: string | undefined;
  /** 'loading' shows a spinner and is announced politely; 'error' offers a retry. */
  tone?: 'info' | 'loading' | 'error';
  onRetry?: (() => void) | undefined;
  children?: ReactNode;
}

/** Centered empty / loading / error state of a pane or page. */
export function StatePanel({ title, body, tone = 'info', onRetry, children }: Props) {
  const { t } = useTranslation();
  return (
    <div className={`state-panel state-panel--${tone}`} role={tone === 'error' ? 'alert' : 'status'}>
      {tone === 'loading' && <span className="spinner" aria-hidden="true" />}
      <p className="state-panel__title">{title}</p>
      {body && <p className="state-panel__body">{body}</p>}
      {onRetry && (
        <button type="button" className="button" onClick={onRetry}>
          {t('common.retry')}
        </button>
      )}
      {children}
    </div>
  );
}
