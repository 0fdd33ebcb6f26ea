import type { ChannelAccount } from '@parley/contracts';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';

/** Which sandbox WhatsApp account the test chat talks on. */
export function ChatAccountPicker({
  accounts,
  value,
  onChange,
}: {
  accounts: readonly ChannelAccount[];
  value: string;
  onChange: (accountId: string) => void;
}) {
  const { t } = useTranslation();
  const selectId = useId();
  const hintId = useId();
  return (
    <div className="field chat-account">
      <label className="field__label" htmlFor={selectId}>
        {t('flowTestChat.account')}
      </label>
      <select
        id={selectId}
        className="field__input"
        value={value}
        onChange={(e) => onChange(e.target.value)}
        aria-describedby={hintId}
        data-testid="test-chat-account"
      >
        {accounts.map((account) => (
          <option key={account.id} value={account.id}>
            {account.channel === 'whatsapp'
              ? `${account.name} (${account.whatsapp.displayPhoneNumber})`
              : account.name}
          </option>
        ))}
      </select>
      <p id={hintId} className="field__hint">
        {t('flowTestChat.accountHint')}
      </p>
    </div>
  );
}
