import { useTranslation } from 'react-i18next';
import type { ApiError } from '../api/api-error';
import { describeError, explanationText } from '../errors/describe-error';

/**
 * The alert region of a form or action: always mounted, so an error that appears in it is
 * announced. Shows the explanation in the person's language and the server's detail.
 */
export function FormAlert({ error }: { error: ApiError | null | undefined }) {
  const { t } = useTranslation();
  const described = error ? describeError(error) : null;
  return (
    <div role="alert" className="form-alert">
      {described && (
        <div className="alert alert--error">
          <p>{explanationText(described, t)}</p>
          {described.detail && (
            <p className="alert__detail">{t('errors.detail', { detail: described.detail })}</p>
          )}
        </div>
      )}
    </div>
  );
}
