import { Injectable } from '@nestjs/common';
import { Subject } from 'rxjs';
import type { ConversationDto, InboxEventDto, MessageDto } from './inbox.dto.js';

/** Changes to conversations and messages, published after they are committed, for live clients. */
@Injectable()
export class InboxEvents {
  readonly stream = new Subject<InboxEventDto>();

  /** Whether any live client listens; publishers skip the reads an event needs when none does. */
  get observed(): boolean {
    return this.stream.observed;
  }

  conversation(conversation: ConversationDto) {
    this.stream.next({ type: 'conversation.upserted', conversation });
  }

  message(message: MessageDto) {
    this.stream.next({ type: 'message.upserted', message });
  }
}
