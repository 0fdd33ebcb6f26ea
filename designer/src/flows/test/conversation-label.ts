import type { Conversation } from '@parley/contracts';
import { contactDisplay } from '../../inbox/contact';
import type { Translate } from '../../i18n/translate';

/** A conversation as the test tab names it: the customer, their number, and the account it is on. */
export function conversationLabel(conversation: Conversation, t: Translate): string {
  const { label, detail } = contactDisplay(conversation);
  const customer = [label ?? t('flowTest.customer'), detail].filter(Boolean).join(' · ');
  return t('flowTest.conversationOption', { customer, account: conversation.channelAccount.name });
}
