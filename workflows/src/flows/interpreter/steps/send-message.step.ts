import type { FlowOutbound } from '../../runtime.contract.js';
import { fill, fillNonEmpty } from '../fill.js';
import type { NodeStep } from '../step.types.js';

export const sendMessageStep: NodeStep<'send_message'> = (node, _event, context) => {
  const content = node.content;
  let message: FlowOutbound;
  if (content.kind === 'text') message = { type: 'text', text: fillNonEmpty(context, content.text) };
  else {
    const caption = content.caption ? fill(context, content.caption) : '';
    message = {
      type: 'media',
      media: content.media,
      ...(content.fileId ? { fileId: content.fileId } : {}),
      ...(content.link ? { link: content.link } : {}),
      ...(caption ? { caption } : {}),
    };
  }
  return {
    effects: [{ kind: 'send', key: context.key(0), message, windowOpen: context.windowOpen }],
    next: { kind: 'port', port: 'next' },
  };
};
