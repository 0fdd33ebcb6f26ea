import type { ChannelAccount } from '@parley/contracts';

/** The number (and its verified name) of a WhatsApp account, or the bot of a Telegram one. */
export function AccountIdentity({ account }: { account: ChannelAccount }) {
  if (account.channel === 'whatsapp') {
    const { displayPhoneNumber, verifiedName } = account.whatsapp;
    return (
      <span className="account-identity">
        <span className="account-identity__number">{displayPhoneNumber}</span>
        {verifiedName && verifiedName !== account.name && (
          <span className="account-identity__extra"> · {verifiedName}</span>
        )}
      </span>
    );
  }
  const { username, botId } = account.telegram;
  return <span className="account-identity">{username ? `@${username}` : botId}</span>;
}
