import type { ChannelAccount } from '@parley/contracts';
import { Link } from '@tanstack/react-router';
import { ChannelBadge } from '../inbox/ChannelBadge';
import type { Feedback } from '../ui/use-feedback';
import { AccountIdentity } from './AccountIdentity';
import { AccountState } from './AccountState';
import { AccountSwitch } from './AccountSwitch';
import { DisconnectAccountButton } from './DisconnectAccountButton';
import { RenameAccountButton } from './RenameAccountButton';

/** One account in the list; admins get its switch, rename and disconnect. */
interface Props {
  account: ChannelAccount;
  canManage: boolean;
  feedback: Feedback;
}

export function ChannelAccountCard({ account, canManage, feedback }: Props) {
  return (
    <li className="account-card">
      <div className="account-card__main">
        <h2 className="account-card__name">
          <Link to="/settings/integrations/$accountId" params={{ accountId: account.id }}>
            {account.name}
          </Link>
        </h2>
        <p className="account-card__meta">
          <ChannelBadge channel={account.channel} />
          <AccountIdentity account={account} />
        </p>
        <AccountState account={account} />
      </div>
      {canManage && account.connected && (
        <div className="account-card__actions">
          <AccountSwitch account={account} />
          <RenameAccountButton account={account} />
          <DisconnectAccountButton account={account} feedback={feedback} />
        </div>
      )}
    </li>
  );
}
