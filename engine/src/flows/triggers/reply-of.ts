import type { InboundContent } from '@parley/connector-sdk';
import type { FlowReply } from '@parley/workflows/flows';
import { contentText } from '../../messaging/message-content.js';

/** The message as a flow reads it: its text, and the id of a tapped button, row or template button. */
export function replyOf(content: InboundContent): FlowReply {
  const payload =
    content.type === 'interactive_reply'
      ? content.replyId
      : content.type === 'template_reply'
        ? content.payload
        : null;
  return { type: content.type, text: contentText(content), payload };
}
