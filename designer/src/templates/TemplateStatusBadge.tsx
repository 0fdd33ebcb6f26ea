import type { TemplateStatus } from '@parley/contracts';
import { useTranslation } from 'react-i18next';
import { Badge } from '../ui/Badge';
import { statusLooks } from './template-status';

/** WhatsApp's status of a template: a coloured badge with a symbol and the status in words. */
export function TemplateStatusBadge({ status }: { status: TemplateStatus }) {
  const { t } = useTranslation();
  const look = statusLooks[status];
  return (
    <Badge tone={look.tone}>
      <span className="badge__symbol" aria-hidden="true">
        {look.symbol}
      </span>
      {t(`templates.status.${status}`)}
    </Badge>
  );
}
