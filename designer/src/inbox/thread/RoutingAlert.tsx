import { useTranslation } from 'react-i18next';
import { toApiError } from '../../api/api-error';
import { routingErrorText } from './routing-errors';

/** The alert region of a move: always mounted, so a refusal that appears in it is announced. */
export function RoutingAlert({ error, agentName }: { error: unknown; agentName?: string | undefined }) {
  const { t } = useTranslation();
  return (
    <div role="alert" className="form-alert">
      {error != null && (
        <div className="alert alert--error" data-testid="routing-error">
          <p>{routingErrorText(toApiError(error), t, agentName)}</p>
        </div>
      )}
    </div>
  );
}
