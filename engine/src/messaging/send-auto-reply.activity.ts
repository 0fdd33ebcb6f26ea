import { Inject, Injectable } from '@nestjs/common';
import type { SendAutoReplyInput, SendAutoReplyResult } from '@parley/workflows';
import type { Logger } from 'pino';
import { APP_CONFIG } from '../infrastructure/config/config.module.js';
import type { AppConfig } from '../infrastructure/config/config.schema.js';
import { LOGGER } from '../infrastructure/logging/logging.module.js';
import { OutboundSender } from './outbound-sender.js';

/**
 * Sends the automatic acknowledgement for one inbound message. Idempotent: the outbound message is
 * keyed by the inbound message, a retry reuses the stored row and the connector passes the same
 * idempotency key, so a retried activity never sends twice. Sends nothing while the channel
 * account is turned off or disconnected (the switch is checked at the moment of sending).
 */
@Injectable()
export class SendAutoReplyActivity {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(LOGGER) private readonly logger: Logger,
    private readonly sender: OutboundSender,
  ) {}

  readonly execute = async (input: SendAutoReplyInput): Promise<SendAutoReplyResult> => {
    const text = this.config.AUTO_REPLY_TEXT;
    const result = await this.sender.send({
      conversationId: input.conversationId,
      idempotencyKey: `auto-reply:${input.inboundMessageId}`,
      stored: { type: 'text', text, content: null },
      message: () => ({ type: 'text', text }),
    });
    switch (result.outcome) {
      case 'account_off':
        this.logger.info(
          { conversationId: input.conversationId },
          'channel account turned off: no automatic reply',
        );
        return { messageId: null, platformMessageId: null, sent: false };
      case 'refused':
        return { messageId: result.messageId, platformMessageId: null, sent: false };
      case 'sent':
        return { messageId: result.messageId, platformMessageId: result.platformMessageId, sent: true };
    }
  };
}
