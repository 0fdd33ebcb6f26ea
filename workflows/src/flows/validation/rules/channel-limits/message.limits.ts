// Plain messages, media, templates, and the texts questions and re-asks send.
import type { CollectInputNode } from '../../../schema/nodes/collect-input.node.js';
import type { ListNode } from '../../../schema/nodes/list.node.js';
import type { ReplyButtonsNode } from '../../../schema/nodes/reply-buttons.node.js';
import type { SendMessageNode } from '../../../schema/nodes/send-message.node.js';
import type { SendTemplateNode } from '../../../schema/nodes/send-template.node.js';
import { tooLong, tooMany, unsupported, type ChannelLimitCheck } from './limit-checks.js';

/** A text's length, or a medium the channel carries and its caption. */
export const sendMessageLimits: ChannelLimitCheck<SendMessageNode> = (node, channel) => {
  const { content } = node;
  if (content.kind === 'text')
    return tooLong(
      node,
      ['content', 'text'],
      content.text,
      channel.capabilities.text.maxLength,
      'Messages',
      channel,
    );
  const limits = channel.capabilities.media[content.media];
  if (!limits) return unsupported(node, ['content', 'media'], `${content.media} messages`, channel);
  // An empty caption (the schema trims it) is no caption.
  if (!content.caption) return [];
  if (limits.maxCaptionLength === null)
    return unsupported(node, ['content', 'caption'], `captions on ${content.media} messages`, channel);
  return tooLong(node, ['content', 'caption'], content.caption, limits.maxCaptionLength, 'Captions', channel);
};

/** Whether the channel has templates at all, and how many parameters one may carry. */
export const sendTemplateLimits: ChannelLimitCheck<SendTemplateNode> = (node, channel) => {
  const limits = channel.capabilities.templates;
  if (!limits) return unsupported(node, [], 'message templates', channel);
  return tooMany(
    node,
    ['bodyParameters'],
    node.bodyParameters.length,
    limits.maxParameters,
    'template parameters',
    channel,
  );
};

/** A question's prompt and retry message are plain messages. */
export const collectInputLimits: ChannelLimitCheck<CollectInputNode> = (node, channel) => {
  const max = channel.capabilities.text.maxLength;
  return [
    ...tooLong(node, ['prompt'], node.prompt, max, 'Messages', channel),
    ...tooLong(node, ['retryText'], node.retryText, max, 'Messages', channel),
  ];
};

/** The message that asks again after a reply matching no option is a plain message. */
export const reaskLimits: ChannelLimitCheck<ReplyButtonsNode | ListNode> = (node, channel) =>
  tooLong(
    node,
    ['noMatch', 'reaskText'],
    node.noMatch.reaskText,
    channel.capabilities.text.maxLength,
    'Messages',
    channel,
  );
