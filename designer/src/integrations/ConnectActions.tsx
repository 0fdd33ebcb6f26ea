import type { PlanFeature, PlanId } from '@parley/contracts';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocale } from '../i18n/use-locale';
import { ConnectTelegramDialog } from './ConnectTelegramDialog';
import { featureAccess, listPlanNames } from './plan-access';
import { ConnectWhatsAppDialog } from './whatsapp/ConnectWhatsAppDialog';

/** The admin's "Connect WhatsApp" and "Connect Telegram" buttons, disabled with a notice when the plan lacks them. */
export function ConnectActions({ plan }: { plan: PlanId }) {
  const { t } = useTranslation();
  const { locale } = useLocale();
  const [open, setOpen] = useState<PlanFeature | null>(null);
  const noticeId = useId();
  const features = (['whatsapp', 'telegram'] as const).map((feature) => ({
    feature,
    access: featureAccess(plan, feature),
  }));
  const blocked = features.filter((f) => !f.access.allowed);

  return (
    <>
      <div className="connect-actions">
        {features.map(({ feature, access }) => (
          <button
            key={feature}
            type="button"
            className={`button${feature === 'whatsapp' ? ' button--primary' : ''}`}
            disabled={!access.allowed}
            aria-describedby={access.allowed ? undefined : `${noticeId}-${feature}`}
            onClick={() => setOpen(feature)}
          >
            {feature === 'whatsapp' ? t('whatsapp.button') : t('integrations.telegram.button')}
          </button>
        ))}
      </div>
      {blocked.map(({ feature, access }) => (
        <p key={feature} id={`${noticeId}-${feature}`} className="notice notice--info plan-notice">
          {t('integrations.plan.lacks', {
            feature: t(`channel.${feature}`),
            plan: access.current.name,
            plans: listPlanNames(access.including, locale),
          })}
        </p>
      ))}
      {open === 'whatsapp' && <ConnectWhatsAppDialog onClose={() => setOpen(null)} />}
      {open === 'telegram' && <ConnectTelegramDialog onClose={() => setOpen(null)} />}
    </>
  );
}
