import type { CannedReply } from '@parley/contracts';
import { useTranslation } from 'react-i18next';
import { toApiError } from '../../api/api-error';
import { errorText } from '../../errors/describe-error';

interface Props {
  listboxId: string;
  optionId: (index: number) => string;
  query: string;
  matches: readonly CannedReply[];
  activeIndex: number;
  loading: boolean;
  loadError: unknown;
  onRetry: () => void;
  onActivate: (index: number) => void;
  onPick: (reply: CannedReply) => void;
}

/** A short preview of a reply's text, on one line. */
const preview = (text: string) => text.replace(/\s+/gu, ' ').trim();

/**
 * The canned replies matching the `/query` being typed, above the message box: the box keeps the
 * focus and points at the active option (`aria-activedescendant`); a click picks one too.
 */
export function CannedReplyPopup({
  listboxId,
  optionId,
  query,
  matches,
  activeIndex,
  loading,
  loadError,
  onRetry,
  onActivate,
  onPick,
}: Props) {
  const { t } = useTranslation();
  let state = null;
  if (loading) state = t('threadWork.canned.loading');
  else if (loadError == null && matches.length === 0)
    state = query ? t('threadWork.canned.noMatch', { query }) : t('threadWork.canned.none');
  return (
    <div className="canned-popup" data-testid="canned-popup">
      {matches.length > 0 && (
        <ul
          id={listboxId}
          role="listbox"
          className="canned-popup__list"
          aria-label={t('threadWork.canned.label')}
        >
          {matches.map((reply, index) => (
            <li
              key={reply.id}
              id={optionId(index)}
              role="option"
              aria-selected={index === activeIndex}
              className={`canned-popup__option${index === activeIndex ? ' canned-popup__option--active' : ''}`}
              // The message box keeps the focus (and its cursor) while an option is clicked.
              onMouseDown={(e) => e.preventDefault()}
              onMouseEnter={() => onActivate(index)}
              onClick={() => onPick(reply)}
              data-testid="canned-option"
            >
              <span className="canned-popup__head">
                <span className="canned-popup__shortcut">/{reply.shortcut}</span>
                <span className="canned-popup__title">{reply.title}</span>
              </span>
              <span className="canned-popup__text">{preview(reply.text)}</span>
            </li>
          ))}
        </ul>
      )}
      {state && <p className="canned-popup__state">{state}</p>}
      {loadError != null && (
        <p className="canned-popup__state canned-popup__state--error">
          {errorText(toApiError(loadError), t)}{' '}
          <button
            type="button"
            className="link-button"
            onMouseDown={(e) => e.preventDefault()}
            onClick={onRetry}
          >
            {t('common.retry')}
          </button>
        </p>
      )}
      <p className="canned-popup__keys" aria-hidden="true">
        {t('threadWork.canned.keys')}
      </p>
      <p role="status" className="visually-hidden">
        {loading ? '' : t('threadWork.canned.count', { count: matches.length })}
      </p>
    </div>
  );
}
