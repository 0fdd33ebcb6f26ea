// Interactive messages: the frame (body, header, footer), reply buttons, lists and link buttons.
import type { CtaUrlNode } from '../../../schema/nodes/cta-url.node.js';
import type { ListNode } from '../../../schema/nodes/list.node.js';
import type { ReplyButtonsNode } from '../../../schema/nodes/reply-buttons.node.js';
import { flowOptionId } from '../../../runtime.contract.js';
import type { FlowProblem } from '../../validation.types.js';
import { tooLong, tooMany, unsupported, type ChannelLimitCheck, type FlowChannel } from './limit-checks.js';

type InteractiveNode = ReplyButtonsNode | ListNode | CtaUrlNode;

function frameProblems(node: InteractiveNode, channel: FlowChannel): FlowProblem[] {
  const limits = channel.capabilities.interactive;
  const optional = (key: 'header' | 'footer', max: number | null, what: string) => {
    const text = node[key];
    if (text === undefined) return [];
    return max === null
      ? unsupported(node, [key], `${key}s on interactive messages`, channel)
      : tooLong(node, [key], text, max, what, channel);
  };
  return [
    ...tooLong(node, ['body'], node.body, limits.maxBodyLength, 'Message bodies', channel),
    ...optional('header', limits.maxHeaderLength, 'Headers'),
    ...optional('footer', limits.maxFooterLength, 'Footers'),
  ];
}

/** Options go to the channel as `flow:<node>:<option>`, so their ids count with the node's. */
function optionIdProblems(
  node: ReplyButtonsNode | ListNode,
  options: { id: string }[],
  key: 'buttons' | 'rows',
  max: number,
  channel: FlowChannel,
): FlowProblem[] {
  return options.flatMap((option, i) =>
    tooLong(
      node,
      [key, i, 'id'],
      flowOptionId(node.id, option.id),
      max,
      `${key === 'buttons' ? 'Button' : 'Row'} ids as sent (with the "flow:" prefix and the node's id)`,
      channel,
    ),
  );
}

/** The channel's reply-button limits: how many buttons, how long their titles and ids. */
export const replyButtonsLimits: ChannelLimitCheck<ReplyButtonsNode> = (node, channel) => {
  const limits = channel.capabilities.replyButtons;
  if (!limits) return unsupported(node, [], 'reply buttons', channel);
  return [
    ...frameProblems(node, channel),
    ...tooMany(node, ['buttons'], node.buttons.length, limits.maxButtons, 'reply buttons', channel),
    ...node.buttons.flatMap((button, i) =>
      tooLong(node, ['buttons', i, 'title'], button.title, limits.maxTitleLength, 'Button titles', channel),
    ),
    ...optionIdProblems(node, node.buttons, 'buttons', limits.maxIdLength, channel),
  ];
};

/** The channel's list limits: rows, their titles and descriptions, the button label and the section title. */
export const listLimits: ChannelLimitCheck<ListNode> = (node, channel) => {
  const limits = channel.capabilities.list;
  if (!limits) return unsupported(node, [], 'list messages', channel);
  return [
    ...frameProblems(node, channel),
    ...tooLong(
      node,
      ['buttonLabel'],
      node.buttonLabel,
      limits.maxButtonLabelLength,
      "A list's button labels",
      channel,
    ),
    ...tooLong(
      node,
      ['sectionTitle'],
      node.sectionTitle,
      limits.maxSectionTitleLength,
      'Section titles',
      channel,
    ),
    ...tooMany(node, ['rows'], node.rows.length, limits.maxRows, 'rows in a list', channel),
    ...node.rows.flatMap((row, i) => [
      ...tooLong(node, ['rows', i, 'title'], row.title, limits.maxRowTitleLength, 'Row titles', channel),
      ...tooLong(
        node,
        ['rows', i, 'description'],
        row.description,
        limits.maxRowDescriptionLength,
        'Row descriptions',
        channel,
      ),
    ]),
    ...optionIdProblems(node, node.rows, 'rows', limits.maxRowIdLength, channel),
  ];
};

/** The channel's link-button limits. */
export const ctaUrlLimits: ChannelLimitCheck<CtaUrlNode> = (node, channel) => {
  const limits = channel.capabilities.ctaUrl;
  if (!limits) return unsupported(node, [], 'link buttons', channel);
  return [
    ...frameProblems(node, channel),
    ...tooLong(
      node,
      ['displayText'],
      node.displayText,
      limits.maxDisplayTextLength,
      'Link button texts',
      channel,
    ),
  ];
};
