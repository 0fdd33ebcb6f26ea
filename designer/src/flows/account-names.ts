import type { ChannelAccount } from '@parley/contracts';
import type { Translate } from '../i18n/translate';

/**
 * The channel accounts a flow is active on, by name in the order given: "Tokyo line, Osaka line",
 * with "1 other account" for any the list doesn't hold (not read yet, or since removed); null for none.
 */
export function activeAccountsText(
  ids: readonly string[],
  accounts: readonly ChannelAccount[] | null,
  t: Translate,
): string | null {
  if (ids.length === 0) return null;
  const byId = new Map((accounts ?? []).map((account) => [account.id, account.name]));
  const names = ids.flatMap((id) => byId.get(id) ?? []);
  const unknown = ids.length - names.length;
  return [...names, ...(unknown > 0 ? [t('flowsPage.accounts.other', { count: unknown })] : [])].join(', ');
}
