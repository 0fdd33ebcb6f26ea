import type { Template } from '@parley/contracts';
import { useTranslation } from 'react-i18next';
import { Switch } from '../ui/Switch';
import type { Feedback } from '../ui/use-feedback';
import { useSetTemplateEnabled } from './use-template-mutations';

/** The admin's switch for one template: off, Parley refuses to send it, whatever WhatsApp says. */
export function TemplateSwitch({ template, feedback }: { template: Template; feedback: Feedback }) {
  const { t } = useTranslation();
  const set = useSetTemplateEnabled(template.id, (next) =>
    feedback.announce(
      t(next.enabled ? 'templates.nowOn' : 'templates.nowOff', { name: next.name, language: next.language }),
    ),
  );
  const shown = set.isPending ? set.variables : template.enabled;
  return (
    <Switch
      label={t('templates.switchLabel', { name: template.name, language: template.language })}
      checked={shown}
      disabled={set.isPending}
      onChange={(next) => set.mutate(next, { onError: feedback.fail })}
    />
  );
}
