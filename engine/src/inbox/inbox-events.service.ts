import { Injectable } from '@nestjs/common';
import type { ChannelAccount, Conversation, InboxEvent, Message } from '@parley/contracts';
import { Subject } from 'rxjs';

/** A live event and the organisation whose people may see it. */
export interface ScopedInboxEvent {
  organisationId: string;
  event: InboxEvent;
}

/** Changes to conversations, messages and channel accounts, published after they are committed. */
@Injectable()
export class InboxEvents {
  readonly stream = new Subject<ScopedInboxEvent>();

  /** Whether any live client listens; publishers skip the reads an event needs when none does. */
  get observed(): boolean {
    return this.stream.observed;
  }

  conversation(organisationId: string, conversation: Conversation) {
    this.stream.next({ organisationId, event: { type: 'conversation.upserted', conversation } });
  }

  message(organisationId: string, message: Message) {
    this.stream.next({ organisationId, event: { type: 'message.upserted', message } });
  }

  channelAccount(organisationId: string, channelAccount: ChannelAccount) {
    this.stream.next({ organisationId, event: { type: 'channel_account.updated', channelAccount } });
  }
}
