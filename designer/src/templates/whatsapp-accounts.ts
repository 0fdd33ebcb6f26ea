import type { ChannelAccount } from '@parley/contracts';

export type WhatsAppAccount = Extract<ChannelAccount, { channel: 'whatsapp' }>;

/** The connected WhatsApp accounts: each one's WhatsApp Business Account holds templates. */
export function whatsappAccountsOf(accounts: readonly ChannelAccount[]): WhatsAppAccount[] {
  return accounts.filter((a): a is WhatsAppAccount => a.channel === 'whatsapp' && a.connected);
}

/** The account asked for in the page's address if it is one of them, else the first. */
export function pickAccount(accounts: readonly WhatsAppAccount[], wanted: string | undefined) {
  return accounts.find((a) => a.id === wanted) ?? accounts[0] ?? null;
}
