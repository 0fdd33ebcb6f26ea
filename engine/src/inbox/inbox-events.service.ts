import { Injectable } from '@nestjs/common';
import type {
  ChannelAccount,
  Conversation,
  ConversationNote,
  CreditAccount,
  InboxEvent,
  Message,
  Purchase,
  SlaBreach,
  Template,
} from '@parley/contracts';
import { Subject, filter } from 'rxjs';

/** A live event and the organisation whose people may see it. */
export interface ScopedInboxEvent {
  organisationId: string;
  event: InboxEvent;
}

/** Changes to conversations, messages, channel accounts and templates, published after they are committed. */
@Injectable()
export class InboxEvents {
  private readonly stream = new Subject<ScopedInboxEvent>();
  /** Live clients per organisation, so publishers read only for organisations someone watches. */
  private readonly listeners = new Map<string, number>();

  /** Whether any live client of the organisation listens; publishers skip their reads when none does. */
  observedBy(organisationId: string): boolean {
    return (this.listeners.get(organisationId) ?? 0) > 0;
  }

  /** Hands the organisation's events to `onEvent` until the returned function is called. */
  subscribe(organisationId: string, onEvent: (event: InboxEvent) => void): () => void {
    this.listeners.set(organisationId, (this.listeners.get(organisationId) ?? 0) + 1);
    const subscription = this.stream
      .pipe(filter((scoped) => scoped.organisationId === organisationId))
      .subscribe(({ event }) => onEvent(event));
    return () => {
      subscription.unsubscribe();
      const left = (this.listeners.get(organisationId) ?? 1) - 1;
      if (left > 0) this.listeners.set(organisationId, left);
      else this.listeners.delete(organisationId);
    };
  }

  conversation(organisationId: string, conversation: Conversation) {
    this.stream.next({ organisationId, event: { type: 'conversation.upserted', conversation } });
  }

  message(organisationId: string, message: Message) {
    this.stream.next({ organisationId, event: { type: 'message.upserted', message } });
  }

  /** An internal note in a thread: to the organisation's agents only, never to the customer. */
  conversationNote(organisationId: string, note: ConversationNote) {
    this.stream.next({ organisationId, event: { type: 'conversation_note.created', note } });
  }

  /** An assignment missed its first-response deadline (admins and the team are notified). */
  slaBreached(organisationId: string, breach: SlaBreach) {
    this.stream.next({ organisationId, event: { type: 'conversation.sla_breached', breach } });
  }

  channelAccount(organisationId: string, channelAccount: ChannelAccount) {
    this.stream.next({ organisationId, event: { type: 'channel_account.updated', channelAccount } });
  }

  template(organisationId: string, template: Template) {
    this.stream.next({ organisationId, event: { type: 'template.upserted', template } });
  }

  templateDeleted(organisationId: string, templateId: string) {
    this.stream.next({ organisationId, event: { type: 'template.deleted', templateId } });
  }

  credits(organisationId: string, account: CreditAccount) {
    this.stream.next({ organisationId, event: { type: 'credits.updated', account } });
  }

  lowBalance(organisationId: string, balance: number, threshold: number) {
    this.stream.next({ organisationId, event: { type: 'credits.low_balance', balance, threshold } });
  }

  purchase(organisationId: string, purchase: Purchase) {
    this.stream.next({ organisationId, event: { type: 'credits.purchase_updated', purchase } });
  }
}
