import type { FlowSummary } from '@parley/contracts';
import { useTranslation } from 'react-i18next';
import { Badge, type BadgeTone } from '../ui/Badge';

const tones: Record<FlowSummary['status'], BadgeTone> = {
  draft: 'neutral',
  active: 'success',
  inactive: 'warning',
};

/** Never published, published and listening on an account, or published and listening nowhere. */
export function FlowStatusBadge({ status }: { status: FlowSummary['status'] }) {
  const { t } = useTranslation();
  return (
    <span data-testid="flow-status" data-status={status}>
      <Badge tone={tones[status]}>{t(`flowsPage.status.${status}`)}</Badge>
    </span>
  );
}
