import type { ChannelAccount } from '@parley/contracts';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../i18n/format';
import { useLocale } from '../i18n/use-locale';
import { ChannelBadge } from '../inbox/ChannelBadge';
import { type DetailRow, DetailsList } from '../ui/DetailsList';

/** What Parley knows of an account: the number, WABA and business, or the bot; who connected it when. */
export function AccountDetails({ account }: { account: ChannelAccount }) {
  const { t } = useTranslation();
  const { locale } = useLocale();
  const named = (name: string | null, id: string | null) =>
    id === null ? null : name ? t('integrations.details.nameAndId', { name, id }) : id;
  const connectedAt = formatDateTime(account.connectedAt, locale);
  const rows: DetailRow[] = [[t('integrations.details.channel'), <ChannelBadge channel={account.channel} />]];
  if (account.channel === 'whatsapp') {
    const w = account.whatsapp;
    rows.push(
      [t('integrations.details.phoneNumber'), w.displayPhoneNumber],
      [t('integrations.details.verifiedName'), w.verifiedName],
      [t('integrations.details.phoneNumberId'), account.platformAccountId],
      [t('integrations.details.waba'), named(w.wabaName, w.wabaId)],
      [t('integrations.details.business'), named(w.businessName, w.businessId)],
    );
  } else {
    rows.push(
      [
        t('integrations.details.botUsername'),
        account.telegram.username ? `@${account.telegram.username}` : null,
      ],
      [t('integrations.details.botId'), account.telegram.botId],
    );
  }
  rows.push([
    t('integrations.details.connected'),
    account.connectedBy
      ? t('common.byOn', { name: account.connectedBy.name, date: connectedAt })
      : connectedAt,
  ]);
  return <DetailsList rows={rows} />;
}
