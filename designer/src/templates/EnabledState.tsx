import { useTranslation } from 'react-i18next';
import { Badge } from '../ui/Badge';

/** Parley's switch of a template, read-only: "On" or "Off". */
export function EnabledState({ enabled }: { enabled: boolean }) {
  const { t } = useTranslation();
  return (
    <Badge tone={enabled ? 'success' : 'neutral'}>
      {enabled ? t('templates.enabledState.on') : t('templates.enabledState.off')}
    </Badge>
  );
}
