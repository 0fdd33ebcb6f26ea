import type { ReactNode } from 'react';
import { useI18n } from '../i18n/i18n-context';

interface Props {
  title: string;
  body?: string;
  /** 'loading' shows a spinner and is announced politely; 'error' offers a retry. */
  tone?: 'info' | 'loading' | 'error';
  onRetry?: () => void;
  children?: ReactNode;
}

/** Centered empty / loading / error state of a pane. */
export function StatePanel({ title, body, tone = 'info', onRetry, children }: Props) {
  const { t } = useI18n();
  return (
    <div className={`state-panel state-panel--${tone}`} role={tone === 'error' ? 'alert' : 'status'}>
      {tone === 'loading' && <span className="spinner" aria-hidden="true" />}
      <p className="state-panel__title">{title}</p>
      {body && <p className="state-panel__body">{body}</p>}
      {onRetry && (
        <button type="button" className="button" onClick={onRetry}>
          {t.retry}
        </button>
      )}
      {children}
    </div>
  );
}
