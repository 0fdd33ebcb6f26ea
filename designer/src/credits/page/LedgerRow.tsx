import type { LedgerEntry } from '@parley/contracts';
import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { formatDateTime, formatFull } from '../../i18n/format';
import type { Translate } from '../../i18n/translate';
import { useLocale } from '../../i18n/use-locale';
import { formatCredits, formatSignedCredits } from '../credit-format';

/** A market as a region's name in the locale ("Japan", "日本"), or the rate card's other markets. */
function marketName(market: string, t: Translate, locale: string): string {
  if (market === 'default') return t('creditsPage.ledger.otherMarket');
  return new Intl.DisplayNames(locale, { type: 'region' }).of(market) ?? market;
}

/** One move of the balance: when, what, by how much, the balance after, and what it paid for. */
export function LedgerRow({ entry }: { entry: LedgerEntry }) {
  const { t } = useTranslation();
  const { locale } = useLocale();
  const dash = t('common.dash');
  const sign = entry.amount > 0 ? 'plus' : entry.amount < 0 ? 'minus' : 'zero';
  return (
    <tr data-testid="credits-ledger-row" data-kind={entry.kind} data-amount={entry.amount}>
      <td>
        <time dateTime={entry.createdAt} title={formatFull(entry.createdAt, locale)}>
          {formatDateTime(entry.createdAt, locale)}
        </time>
      </td>
      <th scope="row">{t(`creditsPage.ledger.kind.${entry.kind}`)}</th>
      <td className={`table__number ledger-amount ledger-amount--${sign}`}>
        {formatSignedCredits(entry.amount, locale)}
      </td>
      <td className="table__number">{formatCredits(entry.balanceAfter, locale)}</td>
      <td>{entry.category ? t(`creditsPage.category.${entry.category}`) : dash}</td>
      <td>{entry.market ? marketName(entry.market, t, locale) : dash}</td>
      <td>
        {entry.message ? (
          <Link to="/inbox/$conversationId" params={{ conversationId: entry.message.conversationId }}>
            {t('creditsPage.ledger.conversation')}
          </Link>
        ) : (
          dash
        )}
      </td>
      {/* People's notes (an operator's adjustment); Parley's own (why a reservation came back) stay in the export. */}
      <td className="table__wrap-text">
        {(entry.actor || entry.kind === 'adjustment' ? entry.note : null) ?? dash}
      </td>
      <td>{entry.actor?.name ?? t('creditsPage.ledger.system')}</td>
    </tr>
  );
}
