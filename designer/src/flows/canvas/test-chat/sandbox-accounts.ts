import type { ChannelAccount } from '@parley/contracts';

/** The accounts the test chat may talk on: WhatsApp ones, connected, when WhatsApp is the sandbox here. */
export function sandboxAccounts(
  accounts: readonly ChannelAccount[] | undefined,
  sandboxChannels: readonly string[] | undefined,
): ChannelAccount[] {
  if (!sandboxChannels?.includes('whatsapp')) return [];
  return (accounts ?? []).filter((account) => account.channel === 'whatsapp' && account.connected);
}
