import type { FlowRunResponse } from '@parley/contracts';
import { useTranslation } from 'react-i18next';
import { Badge, type BadgeTone } from '../../ui/Badge';

const tones: Record<FlowRunResponse['status'], BadgeTone> = {
  running: 'info',
  completed: 'success',
  assigned: 'neutral',
  dropped: 'warning',
};

/** Running, completed, handed to people, or dropped. */
export function RunStatusBadge({ status }: { status: FlowRunResponse['status'] }) {
  const { t } = useTranslation();
  return (
    <span data-testid="flow-run-status" data-status={status}>
      <Badge tone={tones[status]}>{t(`flowTest.status.${status}`)}</Badge>
    </span>
  );
}
